package dev.fleetcast.experiments.observed;

import dev.fleetcast.model.metrics.DurationMetric;
import dev.fleetcast.model.metrics.Imbalance;
import dev.fleetcast.model.metrics.MetricCatalogue;
import dev.fleetcast.model.result.LatencySummary;
import dev.fleetcast.model.scenario.AutoscalingSettings;
import dev.fleetcast.model.scenario.Fault;
import dev.fleetcast.model.scenario.PlatformScenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * The figures of one run — observed or simulated — each defined once, here:
 *
 * <ul>
 *   <li>{@code <metric>-median}, {@code -p95}, {@code -max} (seconds) for each of the metric
 *       catalogue's duration metrics (enrollment latency, detection time, failover recovery):
 *       the measured durations summarised as the result files summarise them (HdrHistogram, three
 *       significant digits; max exact). Absent when the run measured none.
 *   <li>{@code devices-moved} (count): {@link MetricCatalogue#devicesMoved}; absent when the run
 *       recorded no device events at all.
 *   <li>{@code imbalance-max-minus-min} (devices): {@link Imbalance#maxMinusMin()} of the final
 *       per-gateway counts over the gateways in service at the end ({@link #inServiceAtEnd});
 *       absent without final counts.
 *   <li>per-gateway counts: the last row of the devices-per-gateway samples, by gateway name.
 * </ul>
 *
 * @param scalars figure name → value, for the figures this run has, in {@link #DEFINITIONS} order
 * @param finalCounts gateway → devices at the last sample, when the run sampled them
 */
public record RunFigures(Map<String, Double> scalars, Optional<Map<String, Integer>> finalCounts) {

    /** A figure's name, unit and meaning. */
    public record Definition(String name, String unit, String description) {
        public Definition {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(description, "description");
        }
    }

    /** The statistics taken of each duration metric, with their suffixes. */
    private static final List<String> STATISTICS = List.of("median", "p95", "max");

    /** Every scalar figure, in report order. */
    public static final List<Definition> DEFINITIONS = definitions();

    public RunFigures {
        Objects.requireNonNull(finalCounts, "finalCounts");
        scalars = Collections.unmodifiableMap(new LinkedHashMap<>(scalars));
        finalCounts = finalCounts.map(c -> Collections.unmodifiableMap(new LinkedHashMap<>(c)));
        scalars.forEach((name, value) -> {
            if (value == null || !Double.isFinite(value)) {
                throw new IllegalArgumentException("figure " + name + " must be a finite number, was " + value);
            }
        });
    }

    /** The value of figure {@code name}, empty when this run does not have it. */
    public OptionalDouble value(String name) {
        Double value = scalars.get(name);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /**
     * Measures a run from what it yielded.
     *
     * @param durations each duration metric's summary, for the metrics the run recorded at all
     *     (a metric left out is not observed; a summary of no durations means none occurred and
     *     leaves the figure out too, since a median of nothing is not zero)
     * @param moved devices moved, when the run recorded device events
     * @param finalCounts the last devices-per-gateway sample, when the run sampled them
     * @param inService the gateways in service at the end, for the imbalance
     */
    public static RunFigures of(Map<DurationMetric, LatencySummary> durations, OptionalLong moved,
            Optional<Map<String, Integer>> finalCounts, Set<String> inService) {
        Map<String, Double> scalars = new LinkedHashMap<>();
        for (DurationMetric metric : MetricCatalogue.durationMetrics()) {
            LatencySummary summary = durations.get(metric);
            if (summary != null && summary.count() > 0) {
                scalars.put(metric.name() + "-median", seconds(summary, LatencySummary::p50Nanos));
                scalars.put(metric.name() + "-p95", seconds(summary, LatencySummary::p95Nanos));
                scalars.put(metric.name() + "-max", seconds(summary, LatencySummary::maxNanos));
            }
        }
        moved.ifPresent(m -> scalars.put("devices-moved", (double) m));
        finalCounts.ifPresent(counts -> {
            List<Integer> serving = counts.entrySet().stream().filter(e -> inService.contains(e.getKey()))
                    .map(Map.Entry::getValue).toList();
            if (!serving.isEmpty()) {
                scalars.put("imbalance-max-minus-min", (double) Imbalance.of(serving).maxMinusMin());
            }
        });
        return new RunFigures(scalars, finalCounts);
    }

    /**
     * The gateways the scenario has in service at its end: every gateway, less those it kills or
     * deletes, those still restarting at the end, and those it adds only after the end. Taken from
     * the scenario rather than from either run, so that the observed and the simulated imbalance
     * are over the same gateways. With autoscaling over whole gateways the pool's size is not
     * known beforehand, and every gateway counts.
     */
    public static Set<String> inServiceAtEnd(PlatformScenario scenario) {
        Set<String> serving = new HashSet<>();
        scenario.gateways().forEach(g -> serving.add(g.name()));
        if (scenario.autoscaling().filter(a -> a.scope() == AutoscalingSettings.Scope.GATEWAYS).isPresent()) {
            return serving;
        }
        long end = scenario.durationNanos();
        for (Fault fault : scenario.faults()) {
            boolean before = fault.atNanos() <= end;
            boolean down = switch (fault.kind()) {
                case KILL, DELETE -> before;
                case RESTART -> before && fault.atNanos() + fault.durationNanos() > end;
                case ADD -> !before;
                case PARTITION -> false; // its phase stays Running
            };
            if (down) {
                serving.remove(fault.gateway());
            }
        }
        return serving;
    }

    private static double seconds(LatencySummary summary, ToLongFunction<LatencySummary> statistic) {
        return statistic.applyAsLong(summary) / 1e9;
    }

    private static List<Definition> definitions() {
        List<Definition> definitions = new ArrayList<>();
        for (DurationMetric metric : MetricCatalogue.durationMetrics()) {
            for (String statistic : STATISTICS) {
                definitions.add(new Definition(metric.name() + "-" + statistic, "s", statistic(statistic) + " "
                        + metric.description() + " (" + kebab(metric.start().name()) + " → "
                        + kebab(metric.end().name()) + ") over the run's devices"));
            }
        }
        definitions.add(new Definition("devices-moved", "count",
                "reassignments of a device to another gateway during the run"));
        definitions.add(new Definition("imbalance-max-minus-min", "devices",
                "devices on the fullest minus the emptiest gateway in service at the end, at the last sample"));
        return List.copyOf(definitions);
    }

    private static String statistic(String suffix) {
        return switch (suffix) {
            case "median" -> "median";
            case "p95" -> "95th percentile of the";
            default -> "largest";
        };
    }

    private static String kebab(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
