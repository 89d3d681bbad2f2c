package dev.fleetcast.live.run;

import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.Locale;

/**
 * What {@code fleetcast live run --dry-run} prints: the schedule (what is created or deleted,
 * when) and the YAML of every object the run would create. Touches no cluster.
 */
public final class DryRun {

    private DryRun() {
    }

    /** The plan as text for people (the YAML documents are valid {@code kubectl apply} input). */
    public static String describe(RunPlan plan, RunObjects objects) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "# fleetcast live run --dry-run: scenario %s, run %s, namespace %s, seed %d%n",
                plan.scenario(), plan.runId(), plan.namespace(), plan.seed()));
        text.append(String.format(Locale.ROOT, "# %d gateways, %d devices, %d faults applied, %d skipped; nothing after %s%n",
                plan.gateways().size(), plan.devices().size(), plan.faults().size(), plan.skipped().size(),
                RunPlanner.seconds(plan.durationNanos())));
        text.append("# schedule (seconds from the start):\n");
        for (PlannedGateway gateway : plan.gateways()) {
            text.append(String.format(Locale.ROOT, "#   %10s  create Gateway %s%n", RunPlanner.seconds(gateway.atNanos()),
                    gateway.name()));
        }
        for (PlannedDevice device : plan.devices()) {
            text.append(String.format(Locale.ROOT, "#   %10s  create Device %s%n", RunPlanner.seconds(device.atNanos()),
                    device.name()));
        }
        for (PlannedFault fault : plan.faults()) {
            text.append(String.format(Locale.ROOT, "#   %10s  delete Gateway %s (fault)%n",
                    RunPlanner.seconds(fault.atNanos()), fault.gateway()));
        }
        for (String skipped : plan.skipped()) {
            text.append("#   not applied: ").append(skipped).append('\n');
        }
        for (PlannedGateway gateway : plan.gateways()) {
            text.append(yaml(objects.gateway(gateway)));
        }
        for (PlannedDevice device : plan.devices()) {
            text.append(yaml(objects.device(device)));
        }
        return text.toString();
    }

    private static String yaml(Object object) {
        String yaml = Serialization.asYaml(object);
        return yaml.startsWith("---") ? yaml : "---\n" + yaml;
    }
}
