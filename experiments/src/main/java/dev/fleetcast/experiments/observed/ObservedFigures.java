package dev.fleetcast.experiments.observed;

import dev.fleetcast.model.metrics.DurationMetric;
import dev.fleetcast.model.metrics.MetricCatalogue;
import dev.fleetcast.model.result.LatencySummary;
import dev.fleetcast.model.scenario.PlatformScenario;
import dev.fleetcast.model.trace.Trace;
import dev.fleetcast.sim.stats.LatencySummaries;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The figures of an observed run, from its trace, by {@link RunFigures}' definitions: the
 * duration metrics measured with the metric catalogue's own functions on the trace's timeline,
 * devices moved likewise, final counts from the last row of its devices-per-gateway samples.
 * A trace without device events observed no duration and no move; one without gateway samples
 * observed no final counts and no imbalance — those figures are absent, never zero.
 */
public final class ObservedFigures {

    private ObservedFigures() {
    }

    /** The figures of {@code trace}, with the imbalance over the gateways {@code scenario} has in service at its end. */
    public static RunFigures of(Trace trace, PlatformScenario scenario) {
        Map<DurationMetric, LatencySummary> durations = new LinkedHashMap<>();
        OptionalLong moved = OptionalLong.empty();
        if (!trace.timeline().isEmpty()) {
            for (DurationMetric metric : MetricCatalogue.durationMetrics()) {
                durations.put(metric, LatencySummaries.of(metric.measure(trace.timeline())));
            }
            moved = OptionalLong.of(MetricCatalogue.devicesMoved(trace.timeline()));
        }
        return RunFigures.of(durations, moved, trace.gatewaySamples().last(), RunFigures.inServiceAtEnd(scenario));
    }
}
