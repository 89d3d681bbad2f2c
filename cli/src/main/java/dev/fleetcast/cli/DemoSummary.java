package dev.fleetcast.cli;

import dev.fleetcast.model.result.LatencySummary;
import dev.fleetcast.model.result.SteadyCreationResult;
import dev.fleetcast.model.scenario.SteadyCreationFleet;
import java.util.Locale;

/** The demo's console summary: every figure in it comes from the run's result. */
final class DemoSummary {

    private DemoSummary() {
    }

    static String format(SteadyCreationResult result) {
        SteadyCreationFleet fleet = result.fleet();
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT,
                "fleetcast demo: %d devices created every %s s, %s over %d gateways, seed %d%n",
                fleet.devices(), seconds(fleet.creationIntervalNanos()), fleet.policy().name(),
                fleet.gateways().size(), result.seed()));
        text.append(String.format(Locale.ROOT, "%n  %-12s %8s%n", "gateway", "devices"));
        result.outcome().devicesPerGateway().forEach((gateway, devices) ->
                text.append(String.format(Locale.ROOT, "  %-12s %8d%n", gateway, devices)));
        if (!result.outcome().unassigned().isEmpty()) {
            text.append(String.format(Locale.ROOT, "  %-12s %8d%n", "unassigned", result.outcome().unassigned().size()));
        }
        LatencySummary latency = result.enrollmentLatency();
        text.append('\n');
        if (latency.count() > 0) {
            text.append(String.format(Locale.ROOT,
                    "  enrollment latency (s): mean %.2f  p50 %s  p95 %s  p99 %s  min %s  max %s  (n=%d)%n",
                    latency.meanNanos() / 1e9, seconds(latency.p50Nanos()), seconds(latency.p95Nanos()),
                    seconds(latency.p99Nanos()), seconds(latency.minNanos()), seconds(latency.maxNanos()),
                    latency.count()));
        }
        text.append(String.format(Locale.ROOT, "  events processed: %d, simulated time: %s s%n%n",
                result.outcome().eventsProcessed(), seconds(result.outcome().endTimeNanos())));
        return text.toString();
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e9);
    }
}
