package dev.fleetcast.model.hpa;

import static dev.fleetcast.model.hpa.HpaFixtures.S;
import static dev.fleetcast.model.hpa.HpaFixtures.cpu;
import static dev.fleetcast.model.hpa.HpaFixtures.cpuEach;
import static dev.fleetcast.model.hpa.HpaFixtures.cpuSamples;
import static dev.fleetcast.model.hpa.HpaFixtures.event;
import static dev.fleetcast.model.hpa.HpaFixtures.lowHistory;
import static dev.fleetcast.model.hpa.HpaFixtures.percent;
import static dev.fleetcast.model.hpa.HpaFixtures.pod;
import static dev.fleetcast.model.hpa.HpaFixtures.pods;
import static dev.fleetcast.model.hpa.HpaFixtures.readyPods;
import static dev.fleetcast.model.hpa.HpaFixtures.rec;
import static dev.fleetcast.model.hpa.HpaFixtures.recommendations;
import static dev.fleetcast.model.hpa.HpaFixtures.rules;
import static dev.fleetcast.model.hpa.HpaFixtures.samples;
import static dev.fleetcast.model.hpa.HpaFixtures.snapshot;
import static dev.fleetcast.model.hpa.HpaFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The explanation, conditions and history of a decision, and chained reconciles. */
class HpaControllerTest {

    private final HpaController controller = new HpaController(HpaSettings.DEFAULTS);

    @Test
    void explainsTheSlowPathStepByStep() {
        // p3 missing, p4 pending: util over p1, p2 = 90 → 1.8; p3 and p4 at 0 →
        // floor(100 × 1800 / 4000) = 45 → 0.9 → within → current 4.
        HpaDecision decision = controller.reconcile(spec(1, 10, cpu(50)),
                snapshot(4, pods(pod("p1"), pod("p2"), pod("p3"), pod("p4").phase(PodPhase.PENDING)), lowHistory(),
                        cpuSamples("p1", 900, "p2", 900)));
        MetricCalculation.PodRatio calc = (MetricCalculation.PodRatio)
                ((MetricOutcome.Proposed) decision.metrics().get(0)).calculation();
        assertThat(calc.groups().ready()).containsExactly("p1", "p2");
        assertThat(calc.groups().missing()).containsExactly("p3");
        assertThat(calc.groups().unready()).containsExactly("p4");
        assertThat(calc.usage()).isEqualTo(90);
        assertThat(calc.rawAverageMilli()).hasValue(900);
        assertThat(calc.ratio()).isEqualTo(1.8);
        assertThat(calc.filledIn()).containsExactly(Map.entry("p3", 0L), Map.entry("p4", 0L));
        assertThat(calc.newUsage()).hasValue(45);
        assertThat(calc.newRatio()).hasValue(0.9);
        assertThat(calc.samplesUsed()).isEqualTo(4);
        assertThat(calc.path()).isEqualTo(MetricCalculation.PodRatio.Path.FILLED_WITHIN_TOLERANCE);
        assertThat(decision.desiredReplicas()).isEqualTo(4);
        assertThat(decision.rescaled()).isFalse();
        assertThat(decision.rescaleReason()).isEmpty();
    }

    @Test
    void reportsTheConditionsOfAScaleUpLimitedByRate() {
        // util 250 → 5.0 → ceil(15) = 15; limit max(6, 4) = 6 < max 10 → ScaleUpLimit.
        HpaDecision decision = controller.reconcile(spec(1, 10, cpu(50)),
                snapshot(3, readyPods(3), lowHistory(), cpuEach(3, 2500)));
        assertThat(decision.desiredReplicas()).isEqualTo(6);
        assertThat(decision.rescaleReason()).hasValue("cpu resource utilization (percentage of request) above target");
        assertThat(decision.condition(HpaCondition.Type.SCALING_ACTIVE).orElseThrow().reason())
                .isEqualTo("ValidMetricFound");
        HpaCondition limited = decision.condition(HpaCondition.Type.SCALING_LIMITED).orElseThrow();
        assertThat(limited.status()).isTrue();
        assertThat(limited.reason()).isEqualTo("ScaleUpLimit");
        assertThat(decision.condition(HpaCondition.Type.ABLE_TO_SCALE).orElseThrow().reason())
                .isEqualTo("SucceededRescale");
        Normalization.Limits limits = decision.normalization().orElseThrow().limits();
        assertThat(limits.rateLimit()).hasValue(6);
        assertThat(limits.maxAllowed()).hasValue(6);
    }

    @Test
    void reportsScaleDownStabilizedWhenTheWindowHolds() {
        HpaDecision decision = controller.reconcile(spec(1, 10, cpu(50)),
                snapshot(4, readyPods(4), recommendations(rec(4, -60)), cpuEach(4, 100)));
        assertThat(decision.desiredReplicas()).isEqualTo(4);
        HpaCondition able = decision.condition(HpaCondition.Type.ABLE_TO_SCALE).orElseThrow();
        assertThat(able.reason()).isEqualTo("ScaleDownStabilized");
        assertThat(decision.condition(HpaCondition.Type.SCALING_LIMITED).orElseThrow())
                .isEqualTo(new HpaCondition(HpaCondition.Type.SCALING_LIMITED, false, "DesiredWithinRange",
                        "the desired count is within the acceptable range"));
    }

    @Test
    void aFailingMetricThatBlocksReportsTheFirstError() {
        MetricSpec external = new MetricSpec.ExternalMetric("queue", new MetricTarget.Value(1000));
        HpaDecision decision = controller.reconcile(spec(1, 10, cpu(50), external),
                snapshot(4, readyPods(4), lowHistory(), cpuEach(4, 100),
                        new MetricReading(MetricId.external("queue"), new MetricReading.Unavailable("adapter down"))));
        Combination combination = decision.combination().orElseThrow();
        assertThat(combination.verdict()).isEqualTo(Combination.Verdict.BLOCKED_SCALE_DOWN);
        assertThat(combination.proposal()).isEqualTo(1);
        assertThat(combination.invalid()).isEqualTo(1);
        HpaCondition active = decision.condition(HpaCondition.Type.SCALING_ACTIVE).orElseThrow();
        assertThat(active.status()).isFalse();
        assertThat(active.reason()).isEqualTo("FailedGetExternalMetric");
        assertThat(active.message()).isEqualTo(
                "the HPA was unable to compute the replica count: unable to get external metric queue: adapter down");
        assertThat(decision.normalization()).isEmpty();
        // No normalization ran, so nothing was recommended.
        assertThat(decision.history()).isEqualTo(lowHistory());
    }

    @Test
    void aMissingRequestNamesPodAndContainer() {
        HpaDecision decision = controller.reconcile(spec(1, 10, cpu(50)),
                snapshot(1, pods(pod("p1").containers(PodContainer.of("app", Map.of()))), lowHistory(), cpuEach(1, 100)));
        MetricOutcome.Failed failed = (MetricOutcome.Failed) decision.metrics().get(0);
        assertThat(failed.reason()).isEqualTo("FailedGetResourceMetric");
        assertThat(failed.message()).isEqualTo("failed to get cpu utilization: missing request for cpu in container app of Pod p1");
        assertThat(decision.combination().orElseThrow().verdict()).isEqualTo(Combination.Verdict.ALL_INVALID);
    }

    @Test
    void equalProposalsAreWonByTheFirstMetric() {
        HpaDecision decision = controller.reconcile(spec(1, 10, cpu(50), cpu(50)),
                snapshot(3, readyPods(3), lowHistory(), cpuEach(3, 800)));
        assertThat(decision.combination().orElseThrow().winner()).isEqualTo(OptionalInt.of(0));
    }

    @Test
    void samplesOfUnknownPodsCountWhereTheControllerCountsThem() {
        // "ghost" is not in the pod list. Utilization skips it (no request): 80 → 1.6 →
        // ceil(1.6 × 3) = 5. A Pods metric averages it in: (100 × 3 + 500) / 4 = 200 → 2.0 →
        // ceil(2.0 × 3) = 6.
        HpaDecision utilization = controller.reconcile(spec(1, 10, cpu(50)), snapshot(3, readyPods(3), lowHistory(),
                cpuSamples("p1", 800, "p2", 800, "p3", 800, "ghost", 5000)));
        assertThat(utilization.desiredReplicas()).isEqualTo(5);
        MetricSpec podsMetric = new MetricSpec.PodsMetric("rps", new MetricTarget.AverageValue(100));
        HpaDecision plain = controller.reconcile(spec(1, 10, podsMetric), snapshot(3, readyPods(3), lowHistory(),
                samples(MetricId.pods("rps"), "p1", 100, "p2", 100, "p3", 100, "ghost", 500)));
        assertThat(plain.desiredReplicas()).isEqualTo(6);
        MetricCalculation.PodRatio calc = (MetricCalculation.PodRatio)
                ((MetricOutcome.Proposed) plain.metrics().get(0)).calculation();
        assertThat(calc.groups().extraneousSamples()).containsExactly("ghost");
    }

    @Test
    void withoutBehaviorTheProposalOverwritesTheLastOutdatedRecommendation() {
        HpaHistory history = recommendations(rec(7, -400), rec(5, -100), rec(6, -350), rec(2, -20));
        HpaDecision decision = controller.reconcile(spec(1, 10, cpu(50)),
                snapshot(4, readyPods(4), history, cpuEach(4, 100)));
        // Proposal 1; recent {5, 2} → stabilized 5 → desired 5 (a scale-up by stabilization).
        assertThat(decision.desiredReplicas()).isEqualTo(5);
        assertThat(decision.history().recommendations())
                .containsExactly(rec(7, -400), rec(5, -100), rec(1, 0), rec(2, -20));
        // No behavior: no scale events are kept.
        assertThat(decision.history().scaleUpEvents()).isEmpty();
    }

    @Test
    void anEmptyHistoryIsSeededWithTheCurrentCount() {
        HpaDecision decision = controller.reconcile(spec(1, 10, cpu(50)),
                snapshot(3, readyPods(3), HpaHistory.EMPTY, cpuEach(3, 800)));
        assertThat(decision.initialRecommendation()).isTrue();
        assertThat(decision.history().recommendations()).containsExactly(rec(3, 0), rec(5, 0));
        assertThat(decision.desiredReplicas()).isEqualTo(5);
    }

    @Test
    void theSeedIsWrittenEvenWhenNoMetricsAreComputed() {
        HpaDecision decision = controller.reconcile(spec(2, 10, cpu(50)), snapshot(12, readyPods(12), HpaHistory.EMPTY));
        assertThat(decision.branch()).isEqualTo(HpaDecision.Branch.ABOVE_MAX_REPLICAS);
        assertThat(decision.history().recommendations()).containsExactly(rec(12, 0));
        assertThat(decision.rescaleReason()).hasValue("Current number of replicas above Spec.MaxReplicas");
    }

    @Test
    void aBehaviorStoresScaleEventsAndReusesTheLastOutdatedSlot() {
        HpaBehavior behavior = new HpaBehavior(rules(0, SelectPolicy.MAX, percent(100, 15), HpaFixtures.pods(4, 60)),
                ScalingRules.SCALE_DOWN_DEFAULTS);
        // Up events: one 100 s old (older than the longest period, 60 s), one 90 s old, one
        // 10 s old. Both old ones become outdated and the last of them (index 1) is reused.
        HpaHistory history = new HpaHistory(List.of(rec(0, -10)),
                List.of(event(1, -100), event(2, -90), event(3, -10)), List.of());
        HpaDecision decision = controller.reconcile(spec(1, 20, behavior, cpu(50)),
                snapshot(4, readyPods(4), history, cpuEach(4, 900)));
        // Proposal ceil(1.8 × 4) = 8. Percent 100 / 15 s: start 4 − 3 = 1 → ceil(2.0) = 2;
        // Pods 4 / 60 s: start 4 − 3 = 1 → 5; Max → 5 → desired 5, +1.
        assertThat(decision.desiredReplicas()).isEqualTo(5);
        assertThat(decision.history().scaleUpEvents()).containsExactly(
                new HpaHistory.ScaleEvent(1, -100 * S, true),
                new HpaHistory.ScaleEvent(1, 0, false),
                new HpaHistory.ScaleEvent(3, -10 * S, false));
        List<Normalization.PolicyLimit> limits = decision.normalization().orElseThrow().limits().policies();
        assertThat(limits).extracting(Normalization.PolicyLimit::periodStartReplicas).containsExactly(1, 1);
        assertThat(limits).extracting(Normalization.PolicyLimit::limit).containsExactly(2, 5);
    }

    @Test
    void anOutOfRangeRescaleStoresAScaleEventWhenABehaviorIsSet() {
        HpaDecision decision = controller.reconcile(spec(2, 10, HpaBehavior.DEFAULTS, cpu(50)),
                snapshot(12, readyPods(12), lowHistory()));
        assertThat(decision.desiredReplicas()).isEqualTo(10);
        assertThat(decision.history().scaleDownEvents()).containsExactly(new HpaHistory.ScaleEvent(2, 0, false));
        assertThat(decision.history().recommendations()).containsExactly(rec(0, -10));
    }

    @Test
    void consecutiveReconcilesChainThroughTheHistory() {
        // A behavior with a 45 s scale-down window; the load drops and stays low.
        HpaBehavior behavior = new HpaBehavior(ScalingRules.SCALE_UP_DEFAULTS,
                rules(45, SelectPolicy.MAX, percent(100, 15)));
        HpaSpec spec = spec(1, 10, behavior, cpu(50));
        long sync = HpaSettings.DEFAULTS.syncPeriodNanos();
        // t = 0: 6 pods at 40 % → 0.8 → ceil(4.8) = 5; the seeded {6, 0} holds it → 6.
        HpaDecision first = controller.reconcile(spec, snapshot(6, readyPods(6), HpaHistory.EMPTY, cpuEach(6, 400)));
        assertThat(first.desiredReplicas()).isEqualTo(6);
        // t = 15 s: proposal 5 again; the seed is 15 s old, inside 45 s → still 6.
        HpaDecision second = controller.reconcile(spec,
                snapshot(6, readyPods(6), first.history().seenFrom(sync), cpuEach(6, 400)));
        assertThat(second.desiredReplicas()).isEqualTo(6);
        // t = 30 s: the seed is 30 s old → still 6.
        HpaDecision third = controller.reconcile(spec,
                snapshot(6, readyPods(6), second.history().seenFrom(sync), cpuEach(6, 400)));
        assertThat(third.desiredReplicas()).isEqualTo(6);
        // t = 45 s: the seed is exactly 45 s old, not strictly newer → only 5s remain → 5.
        HpaDecision fourth = controller.reconcile(spec,
                snapshot(6, readyPods(6), third.history().seenFrom(sync), cpuEach(6, 400)));
        assertThat(fourth.desiredReplicas()).isEqualTo(5);
        assertThat(fourth.history().scaleDownEvents()).containsExactly(new HpaHistory.ScaleEvent(1, 0, false));
        // Every reconcile appended its proposal: an entry is reused only when strictly older
        // than both windows, and the oldest two are exactly 45 s old.
        assertThat(fourth.history().recommendations())
                .containsExactly(rec(6, -45), rec(5, -45), rec(5, -30), rec(5, -15), rec(5, 0));
        // One sync period later they are outdated, and the last of them is overwritten.
        HpaDecision fifth = controller.reconcile(spec,
                snapshot(5, readyPods(5), fourth.history().seenFrom(sync), cpuEach(5, 400)));
        assertThat(fifth.history().recommendations())
                .containsExactly(rec(6, -60), rec(4, 0), rec(5, -45), rec(5, -30), rec(5, -15));
    }

    @Test
    void aBehaviorWithoutAScaleDownWindowUsesTheFlagInWholeSeconds() {
        HpaController flagged = new HpaController(HpaSettings.DEFAULTS.withDownscaleStabilization(90 * S + 700_000_000L));
        HpaDecision decision = flagged.reconcile(spec(1, 10, HpaBehavior.DEFAULTS, cpu(50)),
                snapshot(4, readyPods(4), recommendations(rec(4, -90)), cpuEach(4, 100)));
        // Window trunc(90.7 s) = 90 s: {4, −90 s} is not strictly newer → proposal 1 stands.
        assertThat(decision.normalization().orElseThrow().stabilization().scaleDownWindowNanos()).isEqualTo(90 * S);
        assertThat(decision.desiredReplicas()).isEqualTo(1);
    }

    @Test
    void scalingDisabledLeavesEverythingButTheSeed() {
        HpaDecision decision = controller.reconcile(spec(1, 10, cpu(50)), snapshot(0, List.of(), HpaHistory.EMPTY));
        assertThat(decision.branch()).isEqualTo(HpaDecision.Branch.SCALING_DISABLED);
        assertThat(decision.condition(HpaCondition.Type.SCALING_ACTIVE).orElseThrow().reason())
                .isEqualTo("ScalingDisabled");
        assertThat(decision.history().recommendations()).containsExactly(rec(0, 0));
    }

    @Test
    void historySeenFromALaterReconcileMovesEveryTimeBack() {
        HpaHistory history = new HpaHistory(List.of(rec(3, 0)), List.of(event(1, -5)), List.of(event(2, 0)));
        assertThat(history.seenFrom(15 * S)).isEqualTo(new HpaHistory(List.of(rec(3, -15)), List.of(event(1, -20)),
                List.of(event(2, -15))));
        assertThatThrownBy(() -> history.seenFrom(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recordsRejectWhatKubernetesRejects() {
        assertThatThrownBy(() -> spec(5, 3, cpu(50))).hasMessageContaining("minReplicas (5) must not exceed maxReplicas (3)");
        assertThatThrownBy(() -> new HpaSpec(HpaFixtures.TARGET, 1, 3, List.of(), Optional.empty()))
                .hasMessageContaining("at least one metric");
        assertThatThrownBy(() -> new ScalingPolicy(ScalingPolicy.Type.PODS, 1, 1801)).hasMessageContaining("1801");
        assertThatThrownBy(() -> new ScalingPolicy(ScalingPolicy.Type.PERCENT, 0, 15)).hasMessageContaining("value");
        assertThatThrownBy(() -> new ScalingRules(OptionalInt.of(3601), SelectPolicy.MAX, List.of(percent(1, 1)),
                OptionalDouble.empty())).hasMessageContaining("3601");
        assertThatThrownBy(() -> new ScalingRules(OptionalInt.of(0), SelectPolicy.MAX, List.of(), OptionalDouble.empty()))
                .hasMessageContaining("at least one policy");
        assertThatThrownBy(() -> new MetricTarget.Utilization(0)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new MetricSpec.PodsMetric("x", new MetricTarget.Value(1)))
                .hasMessageContaining("AverageValue");
        assertThatThrownBy(() -> new MetricSpec.ObjectMetric("x", "Service", "s", new MetricTarget.Utilization(5)))
                .hasMessageContaining("Value or AverageValue");
        assertThatThrownBy(() -> new MetricReading(MetricId.external("q"), new MetricReading.ObjectValue(1)))
                .hasMessageContaining("cannot be read as ObjectValue");
        assertThatThrownBy(() -> new HpaSettings(-0.1, 0, 0, 0, 1)).hasMessageContaining("tolerance");
        assertThatThrownBy(() -> snapshot(1, pods(pod("a"), pod("a")), lowHistory())).hasMessageContaining("two pods");
    }

    @Test
    void defaultsAreKubernetesDefaults() {
        assertThat(HpaSettings.DEFAULTS).isEqualTo(new HpaSettings(0.1, 300 * S, 30 * S, 300 * S, 15 * S));
        assertThat(ScalingRules.SCALE_UP_DEFAULTS.policies()).containsExactly(HpaFixtures.pods(4, 15), percent(100, 15));
        assertThat(ScalingRules.SCALE_DOWN_DEFAULTS.stabilizationWindowSeconds()).isEmpty();
        assertThat(HpaSpec.DEFAULT_METRICS).containsExactly(cpu(80));
        ScalingRules partial = ScalingRules.defaulted(ScalingRules.SCALE_UP_DEFAULTS, OptionalInt.empty(),
                Optional.of(SelectPolicy.MIN), Optional.empty(), OptionalDouble.of(0.05));
        assertThat(partial).isEqualTo(new ScalingRules(OptionalInt.of(0), SelectPolicy.MIN,
                ScalingRules.SCALE_UP_DEFAULTS.policies(), OptionalDouble.of(0.05)));
    }
}
