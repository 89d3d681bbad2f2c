package dev.fleetcast.formats.hpa;

import dev.fleetcast.model.hpa.Combination;
import dev.fleetcast.model.hpa.HpaCondition;
import dev.fleetcast.model.hpa.HpaDecision;
import dev.fleetcast.model.hpa.HpaSpec;
import dev.fleetcast.model.hpa.MetricCalculation;
import dev.fleetcast.model.hpa.MetricOutcome;
import dev.fleetcast.model.hpa.MetricTarget;
import dev.fleetcast.model.hpa.Normalization;
import dev.fleetcast.model.hpa.PodGroups;
import dev.fleetcast.model.hpa.Tolerances;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A decision as text for people: the answer first, then each step in the controller's order.
 * Ratios are printed as the doubles the controller computes (4.800000000000001 is not a typo:
 * it is why {@code ceil} gives 5).
 */
public final class HpaExplanation {

    private final StringBuilder out = new StringBuilder();

    private HpaExplanation() {
    }

    /** The explanation's text, ending in a newline. */
    public static String of(HpaManifest manifest, HpaDecision decision) {
        HpaExplanation text = new HpaExplanation();
        text.write(manifest, decision);
        return text.out.toString();
    }

    private void write(HpaManifest manifest, HpaDecision d) {
        HpaSpec spec = manifest.spec();
        String name = manifest.name().isEmpty() ? "(unnamed)"
                : manifest.namespace().isEmpty() ? manifest.name() : manifest.namespace() + "/" + manifest.name();
        line("HPA %s scales %s: min %d, max %d, %s", name, spec.scaleTargetRef(), spec.minReplicas(),
                spec.maxReplicas(), spec.behavior().isPresent() ? "with a behavior" : "no behavior");
        line("Desired replicas: %d (current %d%s)", d.desiredReplicas(), d.currentReplicas(),
                d.rescaled() ? ", rescale: " + d.rescaleReason().orElse("") : ", no rescale");
        line("");
        if (d.initialRecommendation()) {
            line("History was empty: recorded {%d replicas, now} as the first recommendation.", d.currentReplicas());
        }
        switch (d.branch()) {
            case SCALING_DISABLED:
                line("current = 0 and minReplicas = %d ≠ 0: autoscaling is disabled; nothing changes.", spec.minReplicas());
                break;
            case ABOVE_MAX_REPLICAS:
                line("current %d > maxReplicas %d: desired = maxReplicas. No metrics, stabilization or rate limit.",
                        d.currentReplicas(), spec.maxReplicas());
                break;
            case BELOW_MIN_REPLICAS:
                line("current %d < minReplicas %d: desired = minReplicas. No metrics, stabilization or rate limit.",
                        d.currentReplicas(), spec.minReplicas());
                break;
            default:
                d.metrics().forEach(this::metric);
                d.combination().ifPresent(this::combination);
                d.normalization().ifPresent(n -> normalization(n, d.currentReplicas(), spec));
        }
        line("");
        line("Conditions as this reconcile leaves them (any other keeps its earlier value):");
        for (HpaCondition c : d.conditions()) {
            line("  %s=%s %s: %s", c.type().apiName(), c.status() ? "True" : "False", c.reason(), c.message());
        }
    }

    private void metric(MetricOutcome outcome) {
        line("Metric %d: %s, target %s", outcome.index() + 1, outcome.spec().describe(), target(outcome.spec().target()));
        if (outcome instanceof MetricOutcome.Failed failed) {
            line("  fails (%s): %s", failed.reason(), failed.message());
            return;
        }
        MetricCalculation calculation = ((MetricOutcome.Proposed) outcome).calculation();
        if (calculation instanceof MetricCalculation.PodRatio p) {
            podRatio(p);
        } else if (calculation instanceof MetricCalculation.ValueRatio v) {
            valueRatio(v);
        } else {
            averageValueRatio((MetricCalculation.AverageValueRatio) calculation);
        }
        line("  → proposes %d", calculation.replicas());
    }

    private void podRatio(MetricCalculation.PodRatio p) {
        PodGroups g = p.groups();
        line("  pods: ready %s; unready %s; missing %s; ignored %s", names(g.ready()), names(g.unready()),
                names(g.missing()), names(g.ignored()));
        if (!g.extraneousSamples().isEmpty()) {
            line("  samples of pods not listed (kept, as the controller keeps them): %s", names(g.extraneousSamples()));
        }
        if (p.utilization()) {
            line("  utilization = floor(100 × Σusage / Σrequest) = %d %% (raw average %s)", p.usage(),
                    Units.approximately(p.rawAverageMilli().orElse(0)));
            line("  ratio %d / %d = %s; %s", p.usage(), p.target(), p.ratio(), band(p.tolerances(), p.ratio()));
        } else {
            line("  average = floor(Σvalues / n) = %s", Units.quantity(p.usage()));
            line("  ratio %s / %s = %s; %s", Units.quantity(p.usage()), Units.quantity(p.target()), p.ratio(),
                    band(p.tolerances(), p.ratio()));
        }
        switch (p.path()) {
            case WITHIN_TOLERANCE:
                line("  nothing to fill in, within tolerance: keep current");
                return;
            case FAST:
                line("  nothing to fill in: ceil(%s × %d ready pods) = %d", p.ratio(), p.samplesUsed(), p.replicas());
                return;
            default:
                break;
        }
        if (p.filledIn().isEmpty()) {
            line("  missing pods but a ratio of exactly 1: nothing filled in");
        } else {
            line("  filled in (%s): %s", p.ratio() > 1 ? "scale-up: missing and unready pods at 0"
                            : "scale-down: missing pods at " + (p.utilization() ? "their request (or the target above 100 %)"
                            : "the target") + ", unready pods left out",
                    p.filledIn().entrySet().stream().map(HpaExplanation::filled).collect(Collectors.joining(", ")));
        }
        String unit = p.utilization() ? " %" : "";
        String newUsage = p.utilization() ? String.valueOf(p.newUsage().orElse(0)) : Units.quantity(p.newUsage().orElse(0));
        double newRatio = p.newRatio().orElse(Double.NaN);
        line("  recomputed: %s%s → ratio %s; %s", newUsage, unit, newRatio, band(p.tolerances(), newRatio));
        switch (p.path()) {
            case FILLED_WITHIN_TOLERANCE:
                line("  within tolerance after filling in: keep current");
                break;
            case FILLED_DIRECTION_FLIPPED:
                line("  filling in turned the direction around (%s → %s): keep current", p.ratio(), newRatio);
                break;
            case FILLED_COUNT_AGAINST_DIRECTION:
                line("  ceil(%s × %d samples) would move against the ratio's direction: keep current", newRatio,
                        p.samplesUsed());
                break;
            default:
                line("  ceil(%s × %d samples) = %d", newRatio, p.samplesUsed(), p.replicas());
        }
    }

    private void valueRatio(MetricCalculation.ValueRatio v) {
        line("  value %s / target %s = ratio %s", Units.quantity(v.usage()), Units.quantity(v.target()), v.ratio());
        switch (v.path()) {
            case FROM_ZERO:
                line("  current is 0: ceil(ratio), no tolerance, no pod count");
                break;
            case WITHIN_TOLERANCE:
                line("  %s: keep current", band(v.tolerances(), v.ratio()));
                break;
            case CAPPED:
                line("  %s; ratio × %d ready pods exceeds int32: capped", band(v.tolerances(), v.ratio()),
                        v.readyPods().orElse(0));
                break;
            default:
                line("  %s; ceil(%s × %d Running and Ready pods) = %d", band(v.tolerances(), v.ratio()), v.ratio(),
                        v.readyPods().orElse(0), v.replicas());
        }
    }

    private void averageValueRatio(MetricCalculation.AverageValueRatio a) {
        line("  total %s / (target %s × status.replicas %d) = ratio %s", Units.quantity(a.usage()),
                Units.quantity(a.targetAverage()), a.statusReplicas(), a.ratio());
        if (a.withinTolerance()) {
            line("  %s: status.replicas %d", band(a.tolerances(), a.ratio()), a.statusReplicas());
        } else {
            line("  %s: ceil(%s / %s) = %d", band(a.tolerances(), a.ratio()), Units.quantity(a.usage()),
                    Units.quantity(a.targetAverage()), a.replicas());
        }
    }

    private void combination(Combination c) {
        String winner = c.winner().isPresent() ? " (metric " + (c.winner().getAsInt() + 1) + ")" : "";
        switch (c.verdict()) {
            case ALL_VALID:
                line("Combined: max over %d metrics = %d%s", c.metrics(), c.proposal(), winner);
                break;
            case SCALE_ON_VALID:
                line("Combined: %d of %d metrics failed; max over the rest = %d%s does not scale down, so the HPA"
                        + " scales on it", c.invalid(), c.metrics(), c.proposal(), winner);
                break;
            case BLOCKED_SCALE_DOWN:
                line("Combined: %d of %d metrics failed and the rest propose %d, below current: a failed metric"
                        + " blocks a scale-down, so nothing changes", c.invalid(), c.metrics(), c.proposal());
                break;
            default:
                line("Combined: every metric failed: nothing changes");
        }
    }

    private void normalization(Normalization n, int current, HpaSpec spec) {
        Normalization.Stabilization s = n.stabilization();
        if (!n.withBehavior()) {
            line("Stabilized: max(proposal %d, recommendations of the last %s) = %d (%s)", n.proposal(),
                    Units.secondsText(s.scaleDownWindowNanos()), s.stabilized(), s.reason());
        } else {
            line("Stabilized: lowest recommendation of the last %s (scale-up window) = %d, highest of the last %s"
                            + " (scale-down window) = %d; current %d brought into [%d, %d] = %d (%s)",
                    Units.secondsText(s.scaleUpWindowNanos().orElse(0)), s.upRecommendation().orElse(n.proposal()),
                    Units.secondsText(s.scaleDownWindowNanos()), s.downRecommendation(), current,
                    s.upRecommendation().orElse(n.proposal()), s.downRecommendation(), s.stabilized(), s.reason());
        }
        Normalization.Limits l = n.limits();
        if (!n.withBehavior()) {
            line("Limits: scale-up limit max(2 × %d, 4) = %d; allowed [%d, %d]", current, l.rateLimit().orElse(0),
                    l.minAllowed().orElse(spec.minReplicas()), l.maxAllowed().orElse(spec.maxReplicas()));
        } else if (l.selectPolicy().isPresent()) {
            String direction = n.stabilization().stabilized() > current ? "scale-up" : "scale-down";
            for (Normalization.PolicyLimit p : l.policies()) {
                line("  %s policy %s: period start %d − %d added + %d removed = %d → limit %d", direction, p.policy(),
                        current, p.replicasAdded(), p.replicasRemoved(), p.periodStartReplicas(), p.limit());
            }
            line("Limits: selectPolicy %s → rate limit %d; allowed %s", l.selectPolicy().get().apiName(),
                    l.rateLimit().orElse(current), l.maxAllowed().isPresent() ? "up to " + l.maxAllowed().getAsInt()
                            : "down to " + l.minAllowed().orElse(spec.minReplicas()));
        } else {
            line("Limits: no change to limit");
        }
        line("Result: %d (%s%s)", l.desired(), l.reason(), l.limited() ? ", limited" : "");
    }

    private static String filled(Map.Entry<String, Long> entry) {
        return entry.getKey() + "=" + Units.quantity(entry.getValue());
    }

    private static String band(Tolerances t, double ratio) {
        return "tolerance band [" + t.lowerBound() + ", " + t.upperBound() + "]: "
                + (t.isWithin(ratio) ? "within" : "outside");
    }

    private static String target(MetricTarget target) {
        if (target instanceof MetricTarget.Utilization u) {
            return u.averageUtilization() + " % utilization";
        }
        if (target instanceof MetricTarget.AverageValue a) {
            return "average value " + Units.quantity(a.averageValueMilli());
        }
        return "value " + Units.quantity(((MetricTarget.Value) target).valueMilli());
    }

    private static String names(List<String> names) {
        return names.isEmpty() ? "—" : String.join(", ", names);
    }

    private void line(String format, Object... args) {
        out.append(args.length == 0 ? format : String.format(Locale.ROOT, format, args)).append('\n');
    }
}
