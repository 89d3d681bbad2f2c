package dev.fleetcast.cli;

import dev.fleetcast.live.run.LiveRunException;
import dev.fleetcast.live.run.snapshot.SnapshotReader;
import dev.fleetcast.live.run.snapshot.SnapshotWriter;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fleetcast live snapshot}: a cluster's fleet written as a scenario. */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = {"Reads a namespace's Gateways, Devices and HorizontalPodAutoscalers and writes a scenario file "
                + "(docs/scenarios.md) with those gateways (maxDevices, weight, region), the fleet size and the "
                + "Devices' creation times; an HPA that scales a gateway's Deployment becomes the scenario's "
                + "autoscaling, its manifest written beside it. What the cluster does not show (policy, timing, "
                + "message load) is written as fleetcast's defaults and marked so."})
final class LiveSnapshotCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    RunClusterOptions cluster;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The scenario file to write.")
    Path output;

    @Option(names = "--force", description = "Overwrite the file (and its HPA manifest) if they exist.")
    boolean force;

    @Override
    public Integer call() {
        try (KubernetesClient client = cluster.client()) {
            String namespace = cluster.namespace(client);
            List<Path> written = SnapshotWriter.write(
                    SnapshotReader.read(client, namespace, Instant.now().truncatedTo(ChronoUnit.SECONDS)), output, force);
            written.forEach(p -> spec.commandLine().getOut().println("Written " + p.toAbsolutePath().normalize()));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        } catch (LiveRunException e) {
            spec.commandLine().getErr().println("fleetcast: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return e.getMessage().contains("--force") ? ExitCodes.INPUT : ExitCodes.RUNTIME;
        }
    }
}
