package dev.fleetcast.live.run;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Everything a live run will do to the cluster, and when: the value {@code --dry-run} prints
 * and {@link LiveRun} plays. Built by {@link RunPlanner} from a scenario.
 *
 * @param scenario the scenario's name
 * @param runId the run's id: the value of the {@code fleetcast.dev/run} label on every object
 * @param namespace where the objects go
 * @param seed the seed the creation schedule was drawn with
 * @param gateways the Gateways, in the scenario's order
 * @param devices the Devices, in time order
 * @param faults the faults applied, in time order
 * @param skipped the scenario's faults a live run cannot apply, each with why, for people
 * @param durationNanos the scenario's duration: the run never plays anything after it
 */
public record RunPlan(String scenario, String runId, String namespace, long seed, List<PlannedGateway> gateways,
        List<PlannedDevice> devices, List<PlannedFault> faults, List<String> skipped, long durationNanos) {

    public RunPlan {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(namespace, "namespace");
        gateways = List.copyOf(gateways);
        devices = devices.stream().sorted(Comparator.comparingLong(PlannedDevice::atNanos)).toList();
        faults = faults.stream().sorted(Comparator.comparingLong(PlannedFault::atNanos)).toList();
        skipped = List.copyOf(skipped);
    }

    /** When the last planned action (a creation, a fault) happens. */
    public long lastActionNanos() {
        long last = 0;
        for (PlannedGateway gateway : gateways) {
            last = Math.max(last, gateway.atNanos());
        }
        for (PlannedDevice device : devices) {
            last = Math.max(last, device.atNanos());
        }
        for (PlannedFault fault : faults) {
            last = Math.max(last, fault.atNanos());
        }
        return last;
    }
}
