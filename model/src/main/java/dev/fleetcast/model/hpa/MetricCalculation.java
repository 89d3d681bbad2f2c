package dev.fleetcast.model.hpa;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** How one metric arrived at its proposal: the numbers behind it, for explanations. */
public sealed interface MetricCalculation {

    /** The metric's proposal. */
    int replicas();

    /**
     * A per-pod metric (Resource, ContainerResource, Pods): Utilization
     * ({@code GetResourceReplicas}) or AverageValue ({@code calcPlainMetricReplicas}).
     *
     * @param utilization true for a Utilization target (usage is a whole percentage of the
     *     requests), false for AverageValue (usage is a per-pod average in milli-units)
     * @param target the target: a percentage, or milli-units
     * @param groups how the pods were sorted
     * @param usage the first pass, over ready pods (and extraneous samples): the utilization
     *     {@code floor(100 × Σusage / Σrequest)}, or the average {@code floor(Σvalues / n)}
     * @param rawAverageMilli for Utilization, {@code floor(Σusage / n)}: the status's averageValue
     * @param ratio {@code usage / target}
     * @param tolerances the band within which nothing changes
     * @param path which branch of the calculation decided
     * @param filledIn pods the slow path assumed values for, pod → assumed milli-units
     * @param newUsage the usage after filling in (slow path only)
     * @param newRatio the ratio after filling in (slow path only)
     * @param samplesUsed the samples the final count multiplies: ready pods on the fast path,
     *     all samples after filling in on the slow path
     * @param replicas the proposal
     */
    record PodRatio(boolean utilization, long target, PodGroups groups, long usage, OptionalLong rawAverageMilli,
            double ratio, Tolerances tolerances, Path path, Map<String, Long> filledIn, OptionalLong newUsage,
            OptionalDouble newRatio, int samplesUsed, int replicas) implements MetricCalculation {

        /** The branch that decided. */
        public enum Path {
            /** No missing pods, no scale-up with unready pods, and the ratio within tolerance: current. */
            WITHIN_TOLERANCE,
            /** No missing pods, no scale-up with unready pods: {@code ceil(ratio × ready pods)}. */
            FAST,
            /** After filling in, the new ratio is within tolerance: current. */
            FILLED_WITHIN_TOLERANCE,
            /** Filling in turned the direction around (the ratio crossed 1): current. */
            FILLED_DIRECTION_FLIPPED,
            /** {@code ceil(newRatio × samples)} would move against the new ratio's direction: current. */
            FILLED_COUNT_AGAINST_DIRECTION,
            /** After filling in: {@code ceil(newRatio × samples)}. */
            FILLED
        }

        public PodRatio {
            Objects.requireNonNull(groups, "groups");
            Objects.requireNonNull(rawAverageMilli, "rawAverageMilli");
            Objects.requireNonNull(tolerances, "tolerances");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(newUsage, "newUsage");
            Objects.requireNonNull(newRatio, "newRatio");
            filledIn = Collections.unmodifiableMap(new LinkedHashMap<>(filledIn));
        }
    }

    /**
     * An Object or External metric with a Value target ({@code getUsageRatioReplicaCount}).
     *
     * @param usage the object's value, or the sum of the external series (saturating)
     * @param target the target value
     * @param ratio {@code usage / target}
     * @param tolerances the band within which nothing changes
     * @param currentReplicas scale.spec.replicas; at 0 tolerance and pods are not consulted
     * @param readyPods Running pods with Ready=True, when they were counted
     * @param path which branch decided
     * @param replicas the proposal
     */
    record ValueRatio(long usage, long target, double ratio, Tolerances tolerances, int currentReplicas,
            OptionalInt readyPods, Path path, int replicas) implements MetricCalculation {

        /** The branch that decided. */
        public enum Path {
            /** current = 0: {@code ceil(ratio)}, which lets a target scale up from zero. */
            FROM_ZERO,
            /** Within tolerance: current. */
            WITHIN_TOLERANCE,
            /** {@code ceil(ratio × ready pods)}. */
            SCALED,
            /** {@code ratio × ready pods} beyond int32: capped at 2147483647. */
            CAPPED
        }

        public ValueRatio {
            Objects.requireNonNull(tolerances, "tolerances");
            Objects.requireNonNull(readyPods, "readyPods");
            Objects.requireNonNull(path, "path");
        }
    }

    /**
     * An Object or External metric with an AverageValue target, against scale.status.replicas
     * ({@code GetObjectPerPodMetricReplicas}, {@code GetExternalPerPodMetricReplicas}).
     *
     * @param usage the total value
     * @param targetAverage the per-replica target
     * @param statusReplicas scale.status.replicas
     * @param ratio {@code usage / (target × statusReplicas)}
     * @param tolerances the band within which nothing changes
     * @param withinTolerance whether the ratio was within it (then the proposal is statusReplicas)
     * @param averageValue the status's averageValue, {@code ceil(usage / statusReplicas)}; empty at 0 replicas
     * @param replicas the proposal: statusReplicas, or {@code ceil(usage / target)}
     */
    record AverageValueRatio(long usage, long targetAverage, int statusReplicas, double ratio, Tolerances tolerances,
            boolean withinTolerance, OptionalLong averageValue, int replicas) implements MetricCalculation {

        public AverageValueRatio {
            Objects.requireNonNull(tolerances, "tolerances");
            Objects.requireNonNull(averageValue, "averageValue");
        }
    }
}
