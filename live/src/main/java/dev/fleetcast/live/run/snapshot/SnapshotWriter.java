package dev.fleetcast.live.run.snapshot;

import dev.fleetcast.formats.output.ResultFiles;
import dev.fleetcast.live.run.LiveRunException;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link ClusterFleet} as a scenario file (schemaVersion 1, docs/scenarios.md): its
 * gateways with maxDevices, weight and region, its fleet size, the Devices' creation times as
 * a recorded creation (or one a second when the cluster does not say), fleetcast's default
 * controller, and when an HPA scales a gateway's Deployment, that HPA as {@code autoscaling}
 * with its manifest in a file beside the scenario. A header comment says where and when the
 * snapshot was taken and which parts are defaults rather than the cluster's.
 */
public final class SnapshotWriter {

    /** The policy and discipline of WASMBED's controller today: what a cluster runs unless told. */
    static final String CONTROLLER = "{policy: preferred-hash-mod-n, discipline: blind}";

    private SnapshotWriter() {
    }

    /**
     * Writes the scenario to {@code output} (and an HPA manifest beside it when there is one),
     * each file atomically.
     *
     * @return the files written
     * @throws LiveRunException when a file exists and {@code force} is false, or the fleet has no
     *     gateway or no device (a scenario needs at least one of each)
     */
    public static List<Path> write(ClusterFleet fleet, Path output, boolean force) {
        if (fleet.gateways().isEmpty() || fleet.devices() == 0) {
            throw new LiveRunException("namespace " + fleet.namespace() + " holds " + fleet.gateways().size()
                    + " Gateways and " + fleet.devices() + " Devices; a scenario needs at least one of each");
        }
        Path absolute = output.toAbsolutePath();
        String name = absolute.getFileName().toString();
        String stem = name.replaceFirst("\\.(ya?ml|json)$", "");
        String manifestName = stem + "-hpa.yaml";
        List<Path> targets = new ArrayList<>(List.of(absolute));
        if (fleet.hpa().isPresent()) {
            targets.add(absolute.resolveSibling(manifestName));
        }
        for (Path target : targets) {
            if (Files.exists(target) && !force) {
                throw new LiveRunException(target + " exists; use --force to overwrite it");
            }
        }
        ResultFiles files = ResultFiles.in(absolute.getParent());
        List<Path> written = new ArrayList<>();
        written.add(files.write(name, scenario(fleet, manifestName)));
        fleet.hpa().ifPresent(hpa -> written.add(files.write(manifestName, manifest(hpa.hpa()))));
        return written;
    }

    /** The scenario's text; {@code manifest} is the HPA manifest's file name, if there is an HPA. */
    public static String scenario(ClusterFleet fleet, String manifest) {
        StringBuilder text = new StringBuilder();
        text.append("# fleetcast live snapshot of namespace ").append(fleet.namespace()).append(" at ")
                .append(fleet.server()).append(", taken ").append(fleet.takenAt()).append(".\n");
        text.append("# Gateways and the fleet size are the cluster's; the controller, latencies and duration are\n");
        text.append("# fleetcast's defaults (the cluster does not show them): edit them to match the platform.\n");
        text.append("schemaVersion: 1\n");
        text.append("name: ").append(quote("snapshot-" + fleet.namespace())).append('\n');
        text.append("devices: ").append(fleet.devices()).append('\n');
        long lastCreation = 0;
        if (fleet.deviceCreationSeconds().size() == fleet.devices()) {
            text.append("# the Devices' creation times (whole seconds, from the first)\n");
            text.append("creation: {kind: recorded, times: [");
            for (int i = 0; i < fleet.deviceCreationSeconds().size(); i++) {
                text.append(i == 0 ? "" : ", ").append(fleet.deviceCreationSeconds().get(i)).append('s');
            }
            text.append("]}\n");
            lastCreation = fleet.deviceCreationSeconds().get(fleet.deviceCreationSeconds().size() - 1);
        } else {
            text.append("# the Devices carry no creation times: one a second, as WASMBED creates them (assumed)\n");
            text.append("creation: {kind: steady, start: 0s, interval: 1s}\n");
            lastCreation = fleet.devices() - 1L;
        }
        text.append("gateways:\n");
        for (ClusterFleet.SnapshotGateway gateway : fleet.gateways()) {
            text.append("  - {name: ").append(quote(gateway.name())).append(", maxDevices: ").append(gateway.maxDevices())
                    .append(", weight: ").append(number(gateway.weight()));
            if (!gateway.region().isEmpty()) {
                text.append(", region: ").append(quote(gateway.region()));
            }
            text.append("}\n");
        }
        text.append("controller: ").append(CONTROLLER).append("   # WASMBED's controller today (assumed)\n");
        fleet.hpa().ifPresent(hpa -> {
            text.append("# The HPA ").append(hpa.hpa().getMetadata().getName()).append(" scales ").append(hpa.gateway())
                    .append("'s Deployment. It scales on what the replicas do with messages,\n");
            text.append("# which the cluster does not show: this load is a placeholder (assumed) — replace it.\n");
            text.append("load:\n  profile: {kind: steady, rate: 0.1}\n  serviceTime: exponential(mean=5ms)\n");
            text.append("autoscaling:\n  gateway: ").append(quote(hpa.gateway())).append('\n');
            text.append("  scaler: {kind: hpa, manifest: ").append(quote(manifest)).append("}\n");
        });
        long duration = Math.max(600, (lastCreation + 300 + 59) / 60 * 60);
        text.append("duration: ").append(duration).append("s   # the last creation and five minutes, at least ten\n");
        return text.toString();
    }

    /** The HPA as a manifest: its name, namespace and spec, without the cluster's bookkeeping or status. */
    static String manifest(HorizontalPodAutoscaler hpa) {
        HorizontalPodAutoscaler clean = new HorizontalPodAutoscalerBuilder().withApiVersion("autoscaling/v2")
                .withKind("HorizontalPodAutoscaler").withNewMetadata().withName(hpa.getMetadata().getName())
                .withNamespace(hpa.getMetadata().getNamespace()).endMetadata().withSpec(hpa.getSpec()).build();
        return Serialization.asYaml(clean);
    }

    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%s", value);
    }
}
