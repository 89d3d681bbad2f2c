package dev.fleetcast.live.run;

import dev.fleetcast.model.scenario.Fault;
import dev.fleetcast.model.scenario.GatewaySpec;
import dev.fleetcast.model.scenario.PlatformScenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a scenario into a {@link RunPlan}: a Gateway per scenario gateway (at time 0, or at
 * its {@code add} fault), Devices at the creation schedule's times, and {@code delete} faults
 * as deletions of the Gateway object. {@code kill}, {@code restart} and {@code partition}
 * act on pods and networks, which a run that only creates and deletes fleetcast's objects
 * cannot do faithfully: they are listed as skipped, with why, never silently dropped.
 */
public final class RunPlanner {

    private RunPlanner() {
    }

    /**
     * The plan of {@code scenario} in {@code namespace}, labelled {@code runId}, its creation
     * schedule drawn with {@code seed}.
     */
    public static RunPlan plan(PlatformScenario scenario, String namespace, String runId, long seed) {
        return plan(scenario, namespace, runId, seed, PlannedGateway.DEFAULT_ENDPOINT);
    }

    /**
     * The plan, each Gateway's spec.endpoint from {@code endpointPattern} ({@code {gateway}} and
     * {@code {namespace}} replaced): the address of the gateway's Service, which depends on how
     * the gateway controller names Services ({@code fleetcast-gw-{gateway}.{namespace}.svc:8443}
     * for fleetcast's).
     */
    public static RunPlan plan(PlatformScenario scenario, String namespace, String runId, long seed,
            String endpointPattern) {
        Map<String, Long> addedAt = new HashMap<>();
        List<PlannedFault> faults = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Fault fault : scenario.faults()) {
            String what = fault.kind().name().toLowerCase(Locale.ROOT) + " of " + fault.gateway() + " at "
                    + seconds(fault.atNanos());
            if (fault.atNanos() > scenario.durationNanos()) {
                skipped.add(what + ": after the scenario's duration (" + seconds(scenario.durationNanos()) + ")");
                continue;
            }
            switch (fault.kind()) {
                case DELETE -> faults.add(new PlannedFault(fault.atNanos(), fault.gateway(), fault));
                case ADD -> addedAt.merge(fault.gateway(), fault.atNanos(), Math::min);
                case KILL -> skipped.add(what + ": skipped, killing a gateway's pod for good needs its Deployment "
                        + "scaled to 0, which the run does not own (delete the gateway instead, or kill it by hand)");
                case RESTART -> skipped.add(what + ": skipped, restarting a pod is the cluster's to do "
                        + "(kubectl delete pod), not the run's");
                case PARTITION -> skipped.add(what + ": skipped, a network partition needs network policies the "
                        + "lab does not install");
            }
        }
        scenario.autoscaling().ifPresent(a -> skipped.add("autoscaling: not applied by the run; the cluster's own "
                + "autoscaler scales the gateway (the lab installs an HPA)"));
        scenario.load().ifPresent(l -> skipped.add("load: not applied by the run; messages are the device runtime's "
                + "to send"));
        List<PlannedGateway> gateways = new ArrayList<>();
        for (GatewaySpec gateway : scenario.gateways()) {
            gateways.add(new PlannedGateway(gateway.name(), gateway.maxDevices(), gateway.weight(), gateway.region(),
                    PlannedGateway.endpoint(endpointPattern, gateway.name(), namespace), addedAt.getOrDefault(gateway.name(), 0L)));
        }
        List<PlannedDevice> devices = CreationSchedule.of(scenario.creation(), scenario.devices(),
                scenario.durationNanos(), new RunStreams(seed));
        return new RunPlan(scenario.name(), runId, namespace, seed, gateways, devices, faults, skipped,
                scenario.durationNanos());
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3fs", nanos / 1e9);
    }
}
