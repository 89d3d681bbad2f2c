package dev.fleetcast.model.result;

import java.util.Objects;

/**
 * A metric's mean across replications with its confidence interval.
 *
 * @param metric the metric's name
 * @param unit the unit of mean and half-width ({@code s}, {@code devices}, {@code ratio}, {@code count})
 * @param n replications that produced a value (a run with no failover has no recovery time)
 * @param mean the mean (NaN when n is 0)
 * @param halfWidth the interval is mean ± halfWidth (NaN when n is below 2)
 * @param level the confidence level, such as 0.95
 */
public record MetricEstimate(String metric, String unit, int n, double mean, double halfWidth, double level) {

    public MetricEstimate {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(unit, "unit");
        if (n < 0) {
            throw new IllegalArgumentException("metric " + metric + ": n must be 0 or more, was " + n);
        }
    }
}
