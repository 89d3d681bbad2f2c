package dev.fleetcast.model.hpa;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The per-pod metrics: {@code GetResourceReplicas} (Utilization) and
 * {@code calcPlainMetricReplicas} (AverageValue of Resource, ContainerResource and Pods). Both
 * share one structure — group the pods, measure the ready ones, decide fast if nothing needs
 * filling in, else fill in missing and unready pods and measure again — and differ only in how
 * they measure ({@link Usage}) and what a missing pod is assumed to use on a scale-down.
 */
final class PodRatioCalculator {

    private PodRatioCalculator() {
    }

    /** One measurement: the ratio to the target, the usage reported, and (Utilization) the raw average. */
    private record Measure(double ratio, long usage, OptionalLong rawAverage) {
    }

    /** How a path measures a set of samples, and what it assumes a missing pod uses on a scale-down. */
    private interface Usage {
        Measure measure(Map<String, Long> metrics) throws MetricUnavailable;

        long scaleDownFill(String pod);
    }

    /**
     * A Utilization target.
     *
     * @param container the container of a ContainerResource metric, or empty
     */
    static MetricCalculation.PodRatio utilization(int current, int targetPercent, String resource,
            Optional<String> container, Tolerances tolerances, List<PodState> pods, List<PodSample> samples,
            HpaSettings settings) throws MetricUnavailable {
        Prepared prepared = prepare(pods, samples, Optional.of(resource), settings);
        Map<String, Long> requests = PodRequests.of(pods, container, resource);
        Usage usage = new Usage() {
            @Override
            public Measure measure(Map<String, Long> metrics) throws MetricUnavailable {
                return utilizationOf(metrics, requests, targetPercent);
            }

            @Override
            public long scaleDownFill(String pod) {
                // A missing pod is assumed at 100 % of its request, or at the target when the
                // target is above 100 % (1.33+; older releases used 100 % always).
                return requests.get(pod) * Math.max(100, targetPercent) / 100;
            }
        };
        return finish(current, true, targetPercent, tolerances, prepared, usage);
    }

    /**
     * An AverageValue target of a Resource, ContainerResource or Pods metric.
     *
     * @param resource the resource name (the {@code cpu} readiness rules apply to it), or empty for Pods
     */
    static MetricCalculation.PodRatio averageValue(int current, long targetMilli, Optional<String> resource,
            Tolerances tolerances, List<PodState> pods, List<PodSample> samples, HpaSettings settings)
            throws MetricUnavailable {
        Prepared prepared = prepare(pods, samples, resource, settings);
        Usage usage = new Usage() {
            @Override
            public Measure measure(Map<String, Long> metrics) {
                long average = sum(metrics).divide(BigInteger.valueOf(metrics.size())).longValueExact();
                return new Measure((double) average / (double) targetMilli, average, OptionalLong.empty());
            }

            @Override
            public long scaleDownFill(String pod) {
                return targetMilli; // a missing pod is assumed exactly at the target
            }
        };
        return finish(current, false, targetMilli, tolerances, prepared, usage);
    }

    /** The grouped pods and the samples that remain after dropping ignored and unready pods. */
    private record Prepared(PodGroups groups, Map<String, Long> metrics) {
    }

    private static Prepared prepare(List<PodState> pods, List<PodSample> samples, Optional<String> resource,
            HpaSettings settings) throws MetricUnavailable {
        // The caller has already failed a query that returned no samples at all.
        if (pods.isEmpty()) {
            throw new MetricUnavailable("no pods returned by selector while calculating replica count");
        }
        Map<String, PodSample> byPod = new LinkedHashMap<>();
        for (PodSample sample : samples) {
            byPod.put(sample.pod(), sample);
        }
        PodGroups groups = PodGroups.of(pods, byPod, resource, settings);
        Map<String, Long> metrics = new LinkedHashMap<>();
        byPod.forEach((pod, sample) -> metrics.put(pod, sample.valueMilli()));
        groups.ignored().forEach(metrics::remove);
        groups.unready().forEach(metrics::remove);
        if (metrics.isEmpty()) {
            throw new MetricUnavailable("did not receive metrics for targeted pods (pods might be unready)");
        }
        return new Prepared(groups, metrics);
    }

    private static MetricCalculation.PodRatio finish(int current, boolean utilization, long target,
            Tolerances tolerances, Prepared prepared, Usage usage) throws MetricUnavailable {
        PodGroups groups = prepared.groups();
        Map<String, Long> metrics = prepared.metrics();
        Measure first = usage.measure(metrics);
        double ratio = first.ratio();
        boolean scaleUpWithUnready = !groups.unready().isEmpty() && ratio > 1.0;
        if (!scaleUpWithUnready && groups.missing().isEmpty()) {
            int ready = groups.ready().size();
            boolean within = tolerances.isWithin(ratio);
            return new MetricCalculation.PodRatio(utilization, target, groups, first.usage(), first.rawAverage(),
                    ratio, tolerances, within ? MetricCalculation.PodRatio.Path.WITHIN_TOLERANCE
                            : MetricCalculation.PodRatio.Path.FAST, Map.of(), OptionalLong.empty(),
                    OptionalDouble.empty(), ready, within ? current : ceil(ratio * (double) ready));
        }
        Map<String, Long> filled = new LinkedHashMap<>();
        if (!groups.missing().isEmpty()) {
            // At a ratio of exactly 1 nothing is filled in.
            for (String pod : groups.missing()) {
                if (ratio < 1.0) {
                    filled.put(pod, usage.scaleDownFill(pod));
                } else if (ratio > 1.0) {
                    filled.put(pod, 0L);
                }
            }
        }
        if (scaleUpWithUnready) {
            // Unready pods count as using nothing, and only on a scale-up; on a scale-down they stay out.
            groups.unready().forEach(pod -> filled.put(pod, 0L));
        }
        metrics.putAll(filled);
        Measure second = usage.measure(metrics);
        double newRatio = second.ratio();
        int samples = metrics.size();
        MetricCalculation.PodRatio.Path path;
        int replicas;
        if (tolerances.isWithin(newRatio)) {
            path = MetricCalculation.PodRatio.Path.FILLED_WITHIN_TOLERANCE;
            replicas = current;
        } else if ((ratio < 1.0 && newRatio > 1.0) || (ratio > 1.0 && newRatio < 1.0)) {
            path = MetricCalculation.PodRatio.Path.FILLED_DIRECTION_FLIPPED;
            replicas = current;
        } else {
            int proposed = ceil(newRatio * (double) samples);
            if ((newRatio < 1.0 && proposed > current) || (newRatio > 1.0 && proposed < current)) {
                path = MetricCalculation.PodRatio.Path.FILLED_COUNT_AGAINST_DIRECTION;
                replicas = current;
            } else {
                path = MetricCalculation.PodRatio.Path.FILLED;
                replicas = proposed;
            }
        }
        return new MetricCalculation.PodRatio(utilization, target, groups, first.usage(), first.rawAverage(), ratio,
                tolerances, path, filled, OptionalLong.of(second.usage()), OptionalDouble.of(newRatio), samples,
                replicas);
    }

    /**
     * {@code GetResourceUtilizationRatio}: over samples of pods that have a request,
     * utilization = {@code floor(100 × Σusage / Σrequest)} as a whole percentage, and the ratio
     * uses that truncated integer. Samples of pods without a request (unknown pods) are skipped.
     */
    private static Measure utilizationOf(Map<String, Long> metrics, Map<String, Long> requests, int target)
            throws MetricUnavailable {
        BigInteger usageTotal = BigInteger.ZERO;
        BigInteger requestTotal = BigInteger.ZERO;
        long entries = 0;
        for (Map.Entry<String, Long> metric : metrics.entrySet()) {
            Long request = requests.get(metric.getKey());
            if (request == null) {
                continue;
            }
            usageTotal = usageTotal.add(BigInteger.valueOf(metric.getValue()));
            requestTotal = requestTotal.add(BigInteger.valueOf(request));
            entries++;
        }
        if (requestTotal.signum() == 0) {
            throw new MetricUnavailable("no metrics returned matched known pods");
        }
        BigInteger percent = usageTotal.multiply(BigInteger.valueOf(100)).divide(requestTotal);
        int utilization = percent.max(BigInteger.valueOf(Integer.MIN_VALUE)).min(BigInteger.valueOf(Integer.MAX_VALUE))
                .intValueExact();
        long rawAverage = usageTotal.divide(BigInteger.valueOf(entries)).longValueExact();
        return new Measure((double) utilization / (double) target, utilization, OptionalLong.of(rawAverage));
    }

    private static BigInteger sum(Map<String, Long> metrics) {
        BigInteger total = BigInteger.ZERO;
        for (long value : metrics.values()) {
            total = total.add(BigInteger.valueOf(value));
        }
        return total;
    }

    /** {@code int32(math.Ceil(x))}; Java saturates where Go's conversion is undefined. */
    static int ceil(double x) {
        return (int) Math.ceil(x);
    }
}
