package dev.fleetcast.cli;

import dev.fleetcast.live.controller.Backoff;
import dev.fleetcast.live.controller.DeviceController;
import dev.fleetcast.live.controller.DeviceControllerConfig;
import dev.fleetcast.live.controller.Disciplines;
import dev.fleetcast.live.controller.GatewayController;
import dev.fleetcast.live.controller.GatewayWorkloadSettings;
import dev.fleetcast.live.controller.LeaderElectionSettings;
import dev.fleetcast.live.crd.Device;
import dev.fleetcast.live.crd.Gateway;
import dev.fleetcast.model.assignment.AssignmentPolicy;
import dev.fleetcast.model.assignment.Policies;
import dev.fleetcast.model.discipline.Discipline;
import dev.fleetcast.model.scenario.FailoverTrigger;
import dev.fleetcast.model.scenario.ReadMode;
import dev.fleetcast.model.timeline.TimelineSink;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fleetcast live controller}: the device and gateway controllers against a cluster. */
@Command(name = "controller", mixinStandardHelpOptions = true,
        description = {"Runs fleetcast's device controller (assigns Devices to Running Gateways with a model "
                + "policy and discipline, fails devices over) and gateway controller (a Deployment and a Service "
                + "per Gateway, and the Gateway's phase) against a cluster, until Ctrl-C.",
                "",
                "The cluster needs the CRDs (live/src/main/resources/k8s/crds) and, for a service account, "
                        + "the Role in live/src/main/resources/k8s/rbac.yaml. `fleetcast live stand-in` gives "
                        + "a local stand-in cluster and a kubeconfig for it."})
final class LiveControllerCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--kubeconfig", paramLabel = "FILE",
            description = "The kubeconfig to use (default: $KUBECONFIG, ~/.kube/config, or in-cluster).")
    Path kubeconfig;

    @Option(names = "--namespace", paramLabel = "NAME",
            description = "Where Devices and Gateways live (default: the kubeconfig's namespace, else default).")
    String namespace;

    @Option(names = "--policy", paramLabel = "NAME", defaultValue = "least-connections",
            description = "The assignment policy (default: ${DEFAULT-VALUE}); one of: ${COMPLETION-CANDIDATES}.",
            completionCandidates = PolicyNames.class)
    String policy;

    @Option(names = "--discipline", paramLabel = "NAME", defaultValue = "ledger",
            description = "The assignment discipline (default: ${DEFAULT-VALUE}); one of: ${COMPLETION-CANDIDATES}.",
            completionCandidates = DisciplineNames.class)
    String discipline;

    @Option(names = "--max-attempts", paramLabel = "N", defaultValue = "5",
            description = "Decisions per reconcile for naive and optimistic before a requeue (default: ${DEFAULT-VALUE}).")
    int maxAttempts;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "4",
            description = "Reconciles in flight at once (default: ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--read-mode", paramLabel = "MODE", defaultValue = "cache",
            description = "Count devices from the informer cache or a fresh LIST: cache or list (default: ${DEFAULT-VALUE}).")
    String readMode;

    @Option(names = "--ignore-max-devices",
            description = "Let policies pick gateways at spec.maxDevices, as WASMBED does.")
    boolean ignoreMaxDevices;

    @Option(names = "--failover-trigger", paramLabel = "WHEN", defaultValue = "gateway-phase",
            description = "When devices leave their gateway, as model's failover rule and the scenario's "
                    + "controller.failoverTrigger say: gateway-phase (its Gateway is Failed or Stopped) or "
                    + "heartbeat-timeout (the device is Unreachable); a deleted Gateway's devices always leave "
                    + "(default: ${DEFAULT-VALUE}).")
    String failoverTrigger;

    @Option(names = "--heartbeat-timeout-seconds", paramLabel = "S", defaultValue = "0",
            description = "Fail over a Connected device whose lastHeartbeat is older than this; 0 turns it off "
                    + "(default: ${DEFAULT-VALUE}).")
    long heartbeatTimeoutSeconds;

    @Option(names = "--leader-election",
            description = "Take a Lease (fleetcast-controller) so that of several replicas only one assigns.")
    boolean leaderElection;

    @Option(names = "--gateway-image", paramLabel = "IMAGE", defaultValue = "fleetcast/gateway:dev",
            description = "The gateway server's image in each gateway Deployment (default: ${DEFAULT-VALUE}).")
    String gatewayImage;

    @Option(names = "--gateway-arg", paramLabel = "ARG",
            description = "An argument of the gateway container, repeatable; {gateway} and {namespace} are "
                    + "replaced (default: live gateway --name {gateway} --namespace {namespace}).")
    List<String> gatewayArgs;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the policy's chance, for power-of-two-choices (default: ${DEFAULT-VALUE}).")
    long seed;

    /** For tests: stop after this many milliseconds instead of waiting for Ctrl-C. */
    @Option(names = "--stop-after-ms", hidden = true, defaultValue = "0")
    long stopAfterMs;

    static final class PolicyNames extends java.util.ArrayList<String> {
        private static final long serialVersionUID = 1L;

        PolicyNames() {
            super(Policies.names());
        }
    }

    static final class DisciplineNames extends java.util.ArrayList<String> {
        private static final long serialVersionUID = 1L;

        DisciplineNames() {
            super(Disciplines.NAMES);
        }
    }

    @Override
    public void run() {
        CommandLine cl = spec.commandLine();
        AssignmentPolicy chosenPolicy = Policies.byName(policy, !ignoreMaxDevices).orElseThrow(() ->
                new CommandLine.ParameterException(cl, "unknown --policy '" + policy + "'; allowed: "
                        + String.join(", ", Policies.names())));
        if (maxAttempts < 1) {
            throw new CommandLine.ParameterException(cl, "--max-attempts must be at least 1, was " + maxAttempts);
        }
        Discipline chosenDiscipline = Disciplines.byName(discipline, maxAttempts).orElseThrow(() ->
                new CommandLine.ParameterException(cl, "unknown --discipline '" + discipline + "'; allowed: "
                        + String.join(", ", Disciplines.NAMES)));
        if (workers < 1) {
            throw new CommandLine.ParameterException(cl, "--workers must be at least 1, was " + workers);
        }
        if (heartbeatTimeoutSeconds < 0) {
            throw new CommandLine.ParameterException(cl, "--heartbeat-timeout-seconds must be 0 or more, was "
                    + heartbeatTimeoutSeconds);
        }
        ReadMode mode = switch (readMode.toLowerCase(Locale.ROOT)) {
            case "cache" -> ReadMode.CACHE;
            case "list" -> ReadMode.LIST;
            default -> throw new CommandLine.ParameterException(cl, "unknown --read-mode '" + readMode
                    + "'; allowed: cache, list");
        };
        Config config = config();
        String ns = namespace != null ? namespace : config.getNamespace() != null ? config.getNamespace() : "default";
        GatewayWorkloadSettings workloads = new GatewayWorkloadSettings(gatewayImage,
                gatewayArgs == null ? GatewayWorkloadSettings.defaults().args() : gatewayArgs,
                GatewayWorkloadSettings.defaults().serviceAccount());
        DeviceControllerConfig defaults = DeviceControllerConfig.of(ns, chosenPolicy, chosenDiscipline, workers);
        DeviceControllerConfig deviceConfig = new DeviceControllerConfig(ns, chosenPolicy, chosenDiscipline, workers,
                mode, Duration.ofSeconds(heartbeatTimeoutSeconds), defaults.requeueInterval(), defaults.backoff(),
                defaults.apiRetries(), seed, defaults.leaderElection(), defaults.failoverTrigger());
        FailoverTrigger trigger = switch (failoverTrigger) {
            case "gateway-phase" -> FailoverTrigger.GATEWAY_PHASE;
            case "heartbeat-timeout" -> FailoverTrigger.HEARTBEAT_TIMEOUT;
            default -> throw new CommandLine.ParameterException(cl, "unknown --failover-trigger '" + failoverTrigger
                    + "'; allowed: gateway-phase, heartbeat-timeout");
        };
        deviceConfig = deviceConfig.withFailoverTrigger(trigger);
        if (leaderElection) {
            deviceConfig = deviceConfig.withLeaderElection(LeaderElectionSettings.defaults(identity()));
        }
        PrintWriter out = cl.getOut();
        try (KubernetesClient probe = new KubernetesClientBuilder().withConfig(config).build()) {
            check(probe, ns, config.getMasterUrl());
        }
        try (KubernetesClient gatewayClient = new KubernetesClientBuilder().withConfig(config).build();
                KubernetesClient deviceClient = new KubernetesClientBuilder().withConfig(config).build();
                DeviceController devices = new DeviceController(deviceClient, deviceConfig, Clock.systemUTC(),
                        TimelineSink.discard()).start();
                GatewayController gateways = new GatewayController(gatewayClient, ns, workloads,
                        new Backoff(Duration.ofMillis(100), Duration.ofSeconds(30)), devices::isLeading).start()) {
            out.println("controllers running against " + config.getMasterUrl() + " in namespace " + ns + ": policy "
                    + chosenPolicy.name() + ", discipline " + chosenDiscipline.name() + ", " + workers + " workers"
                    + (leaderElection ? ", leader election on" : ""));
            out.println("press Ctrl-C to stop");
            out.flush();
            UntilStopped.await("fleetcast-controller-stop", stopAfterMs);
            out.println("controllers stopped after " + devices.assignments() + " assignment(s)");
            out.flush();
        }
    }

    private Config config() {
        if (kubeconfig == null) {
            return Config.autoConfigure(null);
        }
        if (!Files.isRegularFile(kubeconfig)) {
            throw new UserInputException("--kubeconfig " + kubeconfig + ": no such file");
        }
        try {
            return Config.fromKubeconfig(null, Files.readString(kubeconfig), kubeconfig.toString());
        } catch (IOException | RuntimeException e) {
            throw new UserInputException("--kubeconfig " + kubeconfig + ": not a usable kubeconfig: " + e.getMessage());
        }
    }

    /** Fails with a clear message when the cluster cannot be reached or lacks the CRDs. */
    private static void check(KubernetesClient client, String ns, String url) {
        for (Class<? extends io.fabric8.kubernetes.client.CustomResource<?, ?>> kind : List.of(Gateway.class,
                Device.class)) {
            try {
                client.resources(kind).inNamespace(ns)
                        .list(new io.fabric8.kubernetes.api.model.ListOptionsBuilder().withLimit(1L).build());
            } catch (KubernetesClientException e) {
                if (e.getCode() == 404) {
                    throw new UserInputException("the cluster at " + url + " has no " + kind.getSimpleName()
                            + " CRD; apply live/src/main/resources/k8s/crds/ first");
                }
                if (e.getCode() == 401 || e.getCode() == 403) {
                    throw new UserInputException("the cluster at " + url + " refuses to list " + kind.getSimpleName()
                            + "s in namespace " + ns + " (HTTP " + e.getCode() + "); see k8s/rbac.yaml");
                }
                throw new UserInputException("cannot reach the cluster at " + url + ": " + e.getMessage());
            }
        }
    }

    private static String identity() {
        return ManagementFactory.getRuntimeMXBean().getName().replaceAll("[^A-Za-z0-9.-]", "-");
    }
}
