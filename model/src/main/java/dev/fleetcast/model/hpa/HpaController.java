package dev.fleetcast.model.hpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One reconcile of the Kubernetes 1.35 HPA controller ({@code reconcileAutoscaler}), as a pure
 * function of the spec, what the controller sees, and its flags. The same instance serves any
 * number of HPAs and threads: it holds only its settings.
 *
 * <p>The order of operations: read current = scale.spec.replicas; seed an empty
 * recommendation history with {@code {current, now}}; then exactly one branch — current = 0
 * with minReplicas ≠ 0 disables scaling; current above max or below min goes straight to the
 * bound; otherwise each metric proposes, the valid proposals' maximum is taken (a failed
 * metric blocks a scale-down), and the proposal is stabilized and limited. A rescale of an HPA
 * with a behavior stores a scale event — in every branch, as {@code storeScaleEvent} runs
 * after any successful rescale. The scale update is assumed to succeed.
 *
 * <p>Where this follows the controller's source rather than a simpler description: samples
 * for pods the lister does not know stay in the sample set (they count in the plain
 * AverageValue average and in the slow path's sample count, not in a utilization); pod-level
 * requests fall back to container requests for a resource they leave out, without pod
 * overhead or the init-container maximum; int32 overflows saturate where Go's are undefined.
 */
public final class HpaController {

    private final HpaSettings settings;

    public HpaController(HpaSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public HpaSettings settings() {
        return settings;
    }

    /** Decides one reconcile of {@code spec} on {@code snapshot}. */
    public HpaDecision reconcile(HpaSpec spec, HpaSnapshot snapshot) {
        int current = snapshot.specReplicas();
        List<HpaCondition> conditions = new ArrayList<>();
        set(conditions, new HpaCondition(HpaCondition.Type.ABLE_TO_SCALE, true, "SucceededGetScale",
                "the HPA controller was able to get the target's current scale"));
        List<HpaHistory.Recommendation> recommendations = new ArrayList<>(snapshot.history().recommendations());
        boolean initial = recommendations.isEmpty();
        if (initial) {
            recommendations.add(new HpaHistory.Recommendation(current, 0));
        }
        HpaHistory seeded = new HpaHistory(recommendations, snapshot.history().scaleUpEvents(),
                snapshot.history().scaleDownEvents());

        if (current == 0 && spec.minReplicas() != 0) {
            set(conditions, new HpaCondition(HpaCondition.Type.SCALING_ACTIVE, false, "ScalingDisabled",
                    "scaling is disabled since the replica count of the target is zero"));
            return new HpaDecision(current, current, false, HpaDecision.Branch.SCALING_DISABLED, Optional.empty(),
                    initial, List.of(), Optional.empty(), Optional.empty(), conditions, seeded);
        }
        if (current > spec.maxReplicas()) {
            return rescale(spec, current, spec.maxReplicas(), HpaDecision.Branch.ABOVE_MAX_REPLICAS,
                    "Current number of replicas above Spec.MaxReplicas", initial, List.of(), Optional.empty(),
                    Optional.empty(), conditions, seeded);
        }
        if (current < spec.minReplicas()) {
            return rescale(spec, current, spec.minReplicas(), HpaDecision.Branch.BELOW_MIN_REPLICAS,
                    "Current number of replicas below Spec.MinReplicas", initial, List.of(), Optional.empty(),
                    Optional.empty(), conditions, seeded);
        }

        Tolerances tolerances = Tolerances.of(spec, settings);
        List<MetricOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < spec.metrics().size(); i++) {
            outcomes.add(outcome(i, spec.metrics().get(i), snapshot, tolerances));
        }
        Combination combination = combine(outcomes, current);
        if (!combination.verdict().scales()) {
            MetricOutcome.Failed failure = combination.firstFailure().orElseThrow();
            set(conditions, new HpaCondition(HpaCondition.Type.SCALING_ACTIVE, false, failure.reason(),
                    "the HPA was unable to compute the replica count: " + failure.message()));
            return new HpaDecision(current, current, false, HpaDecision.Branch.METRICS, Optional.empty(), initial,
                    outcomes, Optional.of(combination), Optional.empty(), conditions, seeded);
        }
        String winning = spec.metrics().get(combination.winner().orElseThrow()).describe();
        set(conditions, new HpaCondition(HpaCondition.Type.SCALING_ACTIVE, true, "ValidMetricFound",
                "the HPA was able to successfully calculate a replica count from " + winning));

        // desiredReplicas starts at 0 and takes the proposal only when it is larger, so a
        // proposal of 0 names no metric in the rescale reason.
        int proposal = combination.proposal();
        String reasonMetric = proposal > 0 ? winning : "";
        Optional<String> reason = proposal > current ? Optional.of(reasonMetric + " above target")
                : proposal < current ? Optional.of("All metrics below target") : Optional.empty();
        Normalization normalization = spec.behavior().isEmpty()
                ? Normalizer.withoutBehavior(current, proposal, spec.minReplicas(), spec.maxReplicas(), settings,
                        recommendations)
                : Normalizer.withBehavior(current, proposal, spec.minReplicas(), spec.maxReplicas(),
                        spec.behavior().get(), settings, recommendations, seeded);
        set(conditions, new HpaCondition(HpaCondition.Type.ABLE_TO_SCALE, true, normalization.stabilization().reason(),
                stabilizationMessage(normalization.stabilization().reason())));
        Normalization.Limits limits = normalization.limits();
        set(conditions, new HpaCondition(HpaCondition.Type.SCALING_LIMITED, limits.limited(), limits.reason(),
                limits.message()));
        HpaHistory stabilized = new HpaHistory(recommendations, seeded.scaleUpEvents(), seeded.scaleDownEvents());
        if (limits.desired() == current) {
            return new HpaDecision(current, current, false, HpaDecision.Branch.METRICS, Optional.empty(), initial,
                    outcomes, Optional.of(combination), Optional.of(normalization), conditions, stabilized);
        }
        return rescale(spec, current, limits.desired(), HpaDecision.Branch.METRICS, reason.orElse(""), initial,
                outcomes, Optional.of(combination), Optional.of(normalization), conditions, stabilized);
    }

    private static HpaDecision rescale(HpaSpec spec, int current, int desired, HpaDecision.Branch branch,
            String reason, boolean initial, List<MetricOutcome> outcomes, Optional<Combination> combination,
            Optional<Normalization> normalization, List<HpaCondition> conditions, HpaHistory history) {
        set(conditions, new HpaCondition(HpaCondition.Type.ABLE_TO_SCALE, true, "SucceededRescale",
                "the HPA controller was able to update the target scale to " + desired));
        HpaHistory after = spec.behavior().isPresent()
                ? ScaleEvents.store(history, spec.behavior().get(), current, desired) : history;
        return new HpaDecision(current, desired, true, branch, Optional.of(reason), initial, outcomes, combination,
                normalization, conditions, after);
    }

    /** {@code setCondition}: a condition type set again replaces its earlier value, keeping its place. */
    private static void set(List<HpaCondition> conditions, HpaCondition condition) {
        for (int i = 0; i < conditions.size(); i++) {
            if (conditions.get(i).type() == condition.type()) {
                conditions.set(i, condition);
                return;
            }
        }
        conditions.add(condition);
    }

    private static String stabilizationMessage(String reason) {
        switch (reason) {
            case "ScaleUpStabilized":
                return "recent recommendations were lower than current one, applying the lowest recent recommendation";
            case "ScaleDownStabilized":
                return "recent recommendations were higher than current one, applying the highest recent recommendation";
            default:
                return "recommended size matches current size";
        }
    }

    /**
     * {@code computeReplicasForMetrics}: the maximum over valid proposals, the first metric to
     * reach it winning. (The controller also lets a later metric win over a proposal of 0.)
     */
    static Combination combine(List<MetricOutcome> outcomes, int current) {
        int replicas = 0;
        int winner = -1;
        int invalid = 0;
        MetricOutcome.Failed first = null;
        for (MetricOutcome outcome : outcomes) {
            if (outcome instanceof MetricOutcome.Failed failed) {
                if (invalid == 0) {
                    first = failed;
                }
                invalid++;
                continue;
            }
            int proposal = ((MetricOutcome.Proposed) outcome).replicas();
            if (replicas == 0 || proposal > replicas) {
                replicas = proposal;
                winner = outcome.index();
            }
        }
        Combination.Verdict verdict;
        if (invalid >= outcomes.size()) {
            verdict = Combination.Verdict.ALL_INVALID;
        } else if (invalid > 0 && replicas < current) {
            verdict = Combination.Verdict.BLOCKED_SCALE_DOWN;
        } else if (invalid > 0) {
            verdict = Combination.Verdict.SCALE_ON_VALID;
        } else {
            verdict = Combination.Verdict.ALL_VALID;
        }
        return new Combination(outcomes.size(), invalid, replicas,
                winner < 0 ? OptionalInt.empty() : OptionalInt.of(winner), verdict, Optional.ofNullable(first));
    }

    private MetricOutcome outcome(int index, MetricSpec metric, HpaSnapshot snapshot, Tolerances tolerances) {
        try {
            return new MetricOutcome.Proposed(index, metric, calculate(metric, snapshot, tolerances));
        } catch (MetricUnavailable e) {
            return new MetricOutcome.Failed(index, metric, failureReason(metric),
                    failurePrefix(metric) + e.getMessage());
        }
    }

    private MetricCalculation calculate(MetricSpec metric, HpaSnapshot snapshot, Tolerances tolerances)
            throws MetricUnavailable {
        MetricReading.Data data = snapshot.reading(metric.id())
                .orElseThrow(() -> fetchFailure(metric, "no reading in the snapshot"));
        if (data instanceof MetricReading.Unavailable unavailable) {
            throw fetchFailure(metric, unavailable.reason());
        }
        int current = snapshot.specReplicas();
        MetricTarget target = metric.target();
        if (data instanceof MetricReading.PodSamples podSamples) {
            List<PodSample> samples = podSamples.samples();
            if (samples.isEmpty()) {
                throw fetchFailure(metric, metric.id().source() == MetricSource.PODS
                        ? "no metrics returned from custom metrics API" : "no metrics returned from resource metrics API");
            }
            Optional<String> resource = metric.id().source() == MetricSource.PODS ? Optional.empty()
                    : Optional.of(metric.id().name());
            Optional<String> container = metric.id().source() == MetricSource.CONTAINER_RESOURCE
                    ? Optional.of(metric.id().container()) : Optional.empty();
            if (target instanceof MetricTarget.Utilization utilization) {
                return PodRatioCalculator.utilization(current, utilization.averageUtilization(), resource.orElseThrow(),
                        container, tolerances, snapshot.pods(), samples, settings);
            }
            return PodRatioCalculator.averageValue(current, ((MetricTarget.AverageValue) target).averageValueMilli(),
                    resource, tolerances, snapshot.pods(), samples, settings);
        }
        long usage;
        if (data instanceof MetricReading.ObjectValue object) {
            usage = object.valueMilli();
        } else {
            List<Long> values = ((MetricReading.ExternalValues) data).valuesMilli();
            if (values.isEmpty()) {
                throw fetchFailure(metric, "no metrics returned from external metrics API");
            }
            usage = target instanceof MetricTarget.Value ? ValueCalculator.sumForValue(values)
                    : ValueCalculator.sumForAverageValue(values);
        }
        if (target instanceof MetricTarget.Value value) {
            return ValueCalculator.value(current, usage, value.valueMilli(), tolerances, snapshot.pods());
        }
        return ValueCalculator.averageValue(snapshot.statusReplicas(), usage,
                ((MetricTarget.AverageValue) target).averageValueMilli(), tolerances,
                metric.id().source() == MetricSource.EXTERNAL);
    }

    /** A failed query of a metrics API, worded as the controller words it. */
    private static MetricUnavailable fetchFailure(MetricSpec metric, String reason) {
        MetricId id = metric.id();
        switch (id.source()) {
            case RESOURCE:
            case CONTAINER_RESOURCE:
                return new MetricUnavailable("unable to get metrics for resource " + id.name() + ": " + reason);
            case PODS:
                return new MetricUnavailable("unable to get metric " + id.name() + ": " + reason);
            case OBJECT:
                return new MetricUnavailable("unable to get metric " + id.name() + ": " + reason + " on "
                        + id.objectKind() + " " + id.objectName());
            default:
                return new MetricUnavailable("unable to get external metric " + id.name() + ": " + reason);
        }
    }

    private static String failureReason(MetricSpec metric) {
        switch (metric.id().source()) {
            case RESOURCE:
                return "FailedGetResourceMetric";
            case CONTAINER_RESOURCE:
                return "FailedGetContainerResourceMetric";
            case PODS:
                return "FailedGetPodsMetric";
            case OBJECT:
                return "FailedGetObjectMetric";
            default:
                return "FailedGetExternalMetric";
        }
    }

    /** Resource metrics wrap their error once more, naming what they were after. */
    private static String failurePrefix(MetricSpec metric) {
        MetricSource source = metric.id().source();
        if (source != MetricSource.RESOURCE && source != MetricSource.CONTAINER_RESOURCE) {
            return "";
        }
        return "failed to get " + metric.id().name()
                + (metric.target() instanceof MetricTarget.Utilization ? " utilization: " : " usage: ");
    }
}
