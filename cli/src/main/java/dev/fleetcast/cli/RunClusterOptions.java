package dev.fleetcast.cli;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --kubeconfig} and {@code --namespace} for the live commands that talk to a cluster. */
final class RunClusterOptions {

    @Option(names = "--kubeconfig", paramLabel = "FILE",
            description = "The kubeconfig to use (default: $KUBECONFIG, else ~/.kube/config, else in-cluster).")
    Path kubeconfig;

    @Option(names = {"-n", "--namespace"}, paramLabel = "NS",
            description = "The namespace (default: the kubeconfig context's, else default).")
    String namespace;

    /** A client for the cluster the options name. */
    KubernetesClient client() {
        Config config;
        if (kubeconfig != null) {
            try {
                config = Config.fromKubeconfig(Files.readString(kubeconfig, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UserInputException("--kubeconfig " + kubeconfig + ": cannot read it (" + e.getMessage() + ")");
            } catch (RuntimeException e) {
                throw new UserInputException("--kubeconfig " + kubeconfig + ": not a usable kubeconfig ("
                        + e.getMessage() + ")");
            }
        } else {
            config = Config.autoConfigure(null);
        }
        return new KubernetesClientBuilder().withConfig(config).build();
    }

    /** The namespace to use with {@code client}. */
    String namespace(KubernetesClient client) {
        if (namespace != null) {
            return namespace;
        }
        String configured = client.getNamespace();
        return configured == null || configured.isBlank() ? "default" : configured;
    }
}
