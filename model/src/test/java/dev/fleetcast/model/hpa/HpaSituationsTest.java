package dev.fleetcast.model.hpa;

import static dev.fleetcast.model.hpa.HpaFixtures.GI;
import static dev.fleetcast.model.hpa.HpaFixtures.MI;
import static dev.fleetcast.model.hpa.HpaFixtures.S;
import static dev.fleetcast.model.hpa.HpaFixtures.behavior;
import static dev.fleetcast.model.hpa.HpaFixtures.cpu;
import static dev.fleetcast.model.hpa.HpaFixtures.cpuEach;
import static dev.fleetcast.model.hpa.HpaFixtures.cpuSamples;
import static dev.fleetcast.model.hpa.HpaFixtures.event;
import static dev.fleetcast.model.hpa.HpaFixtures.lowHistory;
import static dev.fleetcast.model.hpa.HpaFixtures.memory;
import static dev.fleetcast.model.hpa.HpaFixtures.percent;
import static dev.fleetcast.model.hpa.HpaFixtures.pod;
import static dev.fleetcast.model.hpa.HpaFixtures.pods;
import static dev.fleetcast.model.hpa.HpaFixtures.readyPods;
import static dev.fleetcast.model.hpa.HpaFixtures.rec;
import static dev.fleetcast.model.hpa.HpaFixtures.recommendations;
import static dev.fleetcast.model.hpa.HpaFixtures.requests;
import static dev.fleetcast.model.hpa.HpaFixtures.rules;
import static dev.fleetcast.model.hpa.HpaFixtures.samples;
import static dev.fleetcast.model.hpa.HpaFixtures.snapshot;
import static dev.fleetcast.model.hpa.HpaFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * HPA situations with the expected replica count derived by hand from the controller's
 * arithmetic (shared/reference/hpa-algorithm.md, checked against Kubernetes' source). Each
 * case's comment is the derivation. Unless a case says otherwise: CPU target 50 %, every pod
 * requests 1000m, settings are Kubernetes' defaults (tolerance 0.1), no behavior, and the
 * history holds one recommendation of 0 from 10 s ago (so it neither seeds the history nor
 * holds back a scale-down). Float results are written as the double the controller computes.
 */
class HpaSituationsTest {

    /** One situation: what the controller sees, and the replicas it must arrive at. */
    record Situation(HpaSpec spec, HpaSnapshot snapshot, HpaSettings settings, int expected) {
    }

    private static final List<Arguments> CASES = new ArrayList<>();

    private static void situation(String name, HpaSpec spec, HpaSnapshot snapshot, int expected) {
        situation(name, spec, snapshot, HpaSettings.DEFAULTS, expected);
    }

    private static void situation(String name, HpaSpec spec, HpaSnapshot snapshot, HpaSettings settings,
            int expected) {
        CASES.add(Arguments.of(Named.of(name, new Situation(spec, snapshot, settings, expected))));
    }

    static Stream<Arguments> situations() {
        return CASES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("situations")
    void arrivesAtTheHandDerivedReplicaCount(Situation s) {
        HpaDecision decision = new HpaController(s.settings()).reconcile(s.spec(), s.snapshot());
        assertThat(decision.desiredReplicas()).as("desired replicas").isEqualTo(s.expected());
        assertThat(decision.rescaled()).isEqualTo(s.expected() != s.snapshot().specReplicas());
    }

    static {
        // ---- Resource Utilization: up, down, tolerance --------------------------------------
        // util = floor(100 × 2400 / 3000) = 80; ratio 80/50 = 1.6; fast path ceil(1.6 × 3) =
        // ceil(4.800000000000001) = 5; limit max(2 × 3, 4) = 6, max 10 → 5.
        situation("scale up on CPU: ceil(1.6 × 3) = 5", spec(1, 10, cpu(50)),
                snapshot(3, readyPods(3), lowHistory(), cpuEach(3, 800)), 5);
        // util 55; ratio 55/50 = 1.1, the same double as 1 + 0.1, and the band is inclusive → 3.
        situation("ratio exactly 1 + tolerance stays", spec(1, 10, cpu(50)),
                snapshot(3, readyPods(3), lowHistory(), cpuEach(3, 550)), 3);
        // util 56; ratio 1.12 > 1.1 → ceil(1.12 × 3) = ceil(3.3600000000000003) = 4.
        situation("ratio just above the band scales", spec(1, 10, cpu(50)),
                snapshot(3, readyPods(3), lowHistory(), cpuEach(3, 560)), 4);
        // util 45; ratio 0.9 ≥ 1 − 0.1 (both the double 0.9) → within → 3.
        situation("ratio exactly 1 − tolerance stays", spec(1, 10, cpu(50)),
                snapshot(3, readyPods(3), lowHistory(), cpuEach(3, 450)), 3);
        // util 10; ratio 0.2; ceil(0.2 × 4) = ceil(0.8) = 1; history max(1, 0) = 1; min 1 → 1.
        situation("scale down on CPU", spec(1, 10, cpu(50)),
                snapshot(4, readyPods(4), lowHistory(), cpuEach(4, 100)), 1);
        // Same metrics, empty history: the controller first records {4, now}, so the
        // stabilized value is max(1, 4) = 4: no scale-down on an HPA's first reconcile.
        situation("first reconcile: the seeded recommendation holds a scale-down", spec(1, 10, cpu(50)),
                snapshot(4, readyPods(4), HpaHistory.EMPTY, cpuEach(4, 100)), 4);
        // 333 + 333 + 334 = 1000 of 3000: util = floor(33.33) = 33; ratio 33/30 = 1.1 → within →
        // 3. Untruncated, 33.33/30 = 1.111 would give ceil(3.33) = 4.
        situation("utilization is truncated to whole percent before the ratio", spec(1, 10, cpu(30)),
                snapshot(3, readyPods(3), lowHistory(), cpuSamples("p1", 333, "p2", 333, "p3", 334)), 3);
        // 14 pods, usage 1450 each: util = 145, target 70: ratio 145/70; ceil(ratio × 14) =
        // ceil(29.000000000000004) = 30 (exact arithmetic says 29). A behavior with Percent 200
        // lifts the limit to ceil(14 × 3) = 42; max 40 → 30.
        situation("float: ceil(145/70 × 14) is 30, not 29", spec(1, 40,
                behavior(rules(0, SelectPolicy.MAX, percent(200, 15)), ScalingRules.SCALE_DOWN_DEFAULTS), cpu(70)),
                snapshot(14, readyPods(14), lowHistory(), cpuEach(14, 1450)), 30);

        // ---- stabilization without a behavior ---------------------------------------------
        // Proposal 1 (as in "scale down on CPU"); {3, −300 s} is exactly at the cutoff now − 300 s and counts:
        // max(1, 3) = 3.
        situation("no behavior: a recommendation exactly 300 s old still counts", spec(1, 10, cpu(50)),
                snapshot(4, readyPods(4), recommendations(rec(3, -300)), cpuEach(4, 100)), 3);
        // One nanosecond older it is outside the window: max(1) = 1.
        situation("no behavior: one nanosecond older it does not", spec(1, 10, cpu(50)),
                snapshot(4, readyPods(4), new HpaHistory(List.of(new HpaHistory.Recommendation(3, -300 * S - 1)),
                        List.of(), List.of()), cpuEach(4, 100)), 1);
        // A 60 s downscale-stabilization flag: {3, −100 s} is outside it → 1.
        situation("no behavior: the downscale-stabilization flag sets the window", spec(1, 10, cpu(50)),
                snapshot(4, readyPods(4), recommendations(rec(3, -100)), cpuEach(4, 100)),
                HpaSettings.DEFAULTS.withDownscaleStabilization(60 * S), 1);

        // ---- missing pods ---------------------------------------------------------------
        // p3 has no sample. util = floor(100 × 1800 / 2000) = 90 → 1.8 > 1: p3 filled with 0 →
        // util = floor(100 × 1800 / 3000) = 60 → 1.2, outside the band, same direction →
        // ceil(1.2 × 3) = ceil(3.5999999999999996) = 4.
        situation("missing pod counts as 0 on a scale-up", spec(1, 10, cpu(50)),
                snapshot(3, readyPods(3), lowHistory(), cpuSamples("p1", 900, "p2", 900)), 4);
        // p4 has no sample. util 10 → 0.2 < 1: p4 filled at request × max(100, 50)/100 = 1000 →
        // util = floor(100 × 1300 / 4000) = 32 → 0.64 → ceil(0.64 × 4) = ceil(2.56) = 3.
        situation("missing pod counts as its full request on a scale-down", spec(1, 10, cpu(50)),
                snapshot(4, readyPods(4), lowHistory(), cpuSamples("p1", 100, "p2", 100, "p3", 100)), 3);
        // Target 150 %: util = floor(100 × 300 / 3000) = 10 → 0.0667; p4 filled at 1000 × 150/100
        // = 1500 → util = floor(100 × 1800 / 4000) = 45 → 0.3 → ceil(1.2) = 2. (The pre-1.33 rule,
        // 100 %, would give floor(32.5) = 32 → 0.2133 → ceil(0.8533) = 1.)
        situation("missing pod counts at the target when the target exceeds 100 %", spec(1, 10, cpu(150)),
                snapshot(4, readyPods(4), lowHistory(), cpuSamples("p1", 100, "p2", 100, "p3", 100)), 2);
        // p2, p3 missing. util = 60 → 1.2; filled with 0 → floor(100 × 600 / 3000) = 20 → 0.4:
        // the direction flipped → current 3.
        situation("filling in that flips the direction keeps current", spec(1, 10, cpu(50)),
                snapshot(3, readyPods(3), lowHistory(), cpuSamples("p1", 600)), 3);
        // Pods metric, p4 missing, target 100: average floor(60 / 3) = 20 → 0.2; p4 filled
        // at the target 100 → average 160 / 4 = 40 → 0.4 → ceil(1.6) = 2.
        situation("Pods metric: missing pod counts at the target on a scale-down",
                spec(1, 10, new MetricSpec.PodsMetric("connections", new MetricTarget.AverageValue(100))),
                snapshot(4, readyPods(4), lowHistory(),
                        samples(MetricId.pods("connections"), "p1", 20, "p2", 20, "p3", 20)), 2);

        // ---- unready, pending, deleted and failed pods ------------------------------------
        // p4 started −700 s, NotReady since −695 s: past the initialization period, and
        // start + 30 s = −670 s > −695 s, so it has never been ready → unready. util over p1..p3 = 70 → 1.4 > 1 with an unready pod: p4 counted at 0 →
        // floor(100 × 2100 / 4000) = 52 → 1.04 → within → 4 (ceil(1.4 × 3) would be 5).
        situation("unready CPU pod counts as 0 on a scale-up", spec(1, 10, cpu(50)),
                snapshot(4, pods(pod("p1"), pod("p2"), pod("p3"), pod("p4").started(-700).notReadySince(-695)),
                        lowHistory(), cpuSamples("p1", 700, "p2", 700, "p3", 700, "p4", 0)), 4);
        // p4 unready as above (it has a sample; without one it would be missing, not unready).
        // util over p1..p3 = 10 → 0.2 < 1: unready pods stay out, nothing is missing → fast
        // path ceil(0.2 × 3) = 1.
        situation("unready CPU pod stays out on a scale-down", spec(1, 10, cpu(50)),
                snapshot(4, pods(pod("p1"), pod("p2"), pod("p3"), pod("p4").started(-700).notReadySince(-695)),
                        lowHistory(), cpuSamples("p1", 100, "p2", 100, "p3", 100, "p4", 100)), 1);
        // The same pod without a sample: missing is checked before readiness, so p4 is
        // filled at its request: floor(100 × 1300 / 4000) = 32 → 0.64 → ceil(2.56) = 3.
        situation("a NotReady CPU pod without a sample is missing, not unready", spec(1, 10, cpu(50)),
                snapshot(4, pods(pod("p1"), pod("p2"), pod("p3"), pod("p4").started(-700).notReadySince(-695)),
                        lowHistory(), cpuSamples("p1", 100, "p2", 100, "p3", 100)), 3);
        // p4 Pending with a 3000m request: unready. util over p1..p3 = 90 → 1.8; p4 at 0 →
        // floor(100 × 2700 / 6000) = 45 → 0.9 → within → 4 (ceil(1.8 × 3) would be 6).
        situation("pending pod counts as 0 with its request on a scale-up", spec(1, 10, cpu(50)),
                snapshot(4, pods(pod("p1"), pod("p2"), pod("p3"), pod("p4").phase(PodPhase.PENDING).cpuRequest(3000)),
                        lowHistory(), cpuEach(3, 900)), 4);
        // p4 is being deleted (its sample 0 is dropped). util over p1..p3 = 60 → 1.2 →
        // ceil(3.5999999999999996) = 4. Counted, it would give 45 → within → 3.
        situation("deleted pod is ignored entirely", spec(1, 10, cpu(50)),
                snapshot(3, pods(pod("p1"), pod("p2"), pod("p3"), pod("p4").deleting()), lowHistory(),
                        cpuSamples("p1", 600, "p2", 600, "p3", 600, "p4", 0)), 4);
        // p4 Failed, no sample: ignored, not missing → fast path ceil(1.2 × 3) = 4. As a missing
        // pod it would be filled with 0: 45 → within → 3.
        situation("failed pod is ignored, not missing", spec(1, 10, cpu(50)),
                snapshot(3, pods(pod("p1"), pod("p2"), pod("p3"), pod("p4").phase(PodPhase.FAILED)), lowHistory(),
                        cpuEach(3, 600)), 4);

        // ---- CPU initialization period and readiness -----------------------------------------
        // p3 started 60 s ago (inside 5 min), Ready since −20 s; its sample at −10 s over 30 s
        // began before it was ready (−10 < −20 + 30) → unready. p1, p2: util 90 → 1.8; p3 at 0 →
        // 60 → 1.2 → ceil(3.6) = 4. Counted, its 2000m start-up burst would give 126 → 8 → 6.
        situation("CPU init: a sample that predates readiness is distrusted", spec(1, 10, cpu(50)),
                snapshot(3, pods(pod("p1"), pod("p2"), pod("p3").started(-60).readySince(-20)), lowHistory(),
                        cpuSamples("p1", 900, "p2", 900, "p3", 2000)), 4);
        // p3 started −120 s, Ready since −100 s: −10 < −70 is false → ready. util =
        // floor(100 × 3800 / 3000) = 126 → 2.52 → ceil(7.56) = 8; limit max(6, 4) = 6 → 6.
        situation("CPU init: a sample after readiness counts", spec(1, 10, cpu(50)),
                snapshot(3, pods(pod("p1"), pod("p2"), pod("p3").started(-120).readySince(-100)), lowHistory(),
                        cpuSamples("p1", 900, "p2", 900, "p3", 2000)), 6);
        // p3 inside the period and Ready=False → unready → as the first CPU-init case, 4.
        situation("CPU init: a NotReady pod is distrusted", spec(1, 10, cpu(50)),
                snapshot(3, pods(pod("p1"), pod("p2"), pod("p3").started(-60).notReadySince(-50)), lowHistory(),
                        cpuSamples("p1", 900, "p2", 900, "p3", 3000)), 4);
        // After the period, p3 NotReady since −100 s but started −700 s: −670 > −100 is false,
        // it was ready once → its sample counts: floor(100 × 3300 / 3000) = 110 → 2.2 →
        // ceil(6.6) = 7 → limit 6 → 6.
        situation("after CPU init: a pod that was ready once counts though NotReady", spec(1, 10, cpu(50)),
                snapshot(3, pods(pod("p1"), pod("p2"), pod("p3").started(-700).notReadySince(-100)), lowHistory(),
                        cpuSamples("p1", 900, "p2", 900, "p3", 1500)), 6);
        // Readiness changed exactly at start + 30 s (−670 s): −670 > −670 is false → counts → 6.
        situation("after CPU init: a transition exactly at the readiness delay counts as ready", spec(1, 10, cpu(50)),
                snapshot(3, pods(pod("p1"), pod("p2"), pod("p3").started(-700).notReadySince(-670)), lowHistory(),
                        cpuSamples("p1", 900, "p2", 900, "p3", 1500)), 6);
        // One second earlier (−671 s): −670 > −671 → never ready → unready: 90 → 1.8; p3 at 0 →
        // 60 → 1.2 → 4.
        situation("after CPU init: a transition within the readiness delay means never ready", spec(1, 10, cpu(50)),
                snapshot(3, pods(pod("p1"), pod("p2"), pod("p3").started(-700).notReadySince(-671)), lowHistory(),
                        cpuSamples("p1", 900, "p2", 900, "p3", 1500)), 4);
        // No Ready condition at all → unready (cpu) → 4 as above.
        situation("a pod without a Ready condition is unready for CPU", spec(1, 10, cpu(50)),
                snapshot(3, pods(pod("p1"), pod("p2"), pod("p3").noReadyCondition()), lowHistory(),
                        cpuSamples("p1", 900, "p2", 900, "p3", 1500)), 4);
        // Memory skips the readiness rules: p3 (inside CPU init, NotReady) counts. 768Mi of 1Gi
        // each: util = floor(100 × 3 × 768 / (3 × 1024)) = 75 → 1.5 → ceil(4.5) = 5. With the
        // CPU rules p3 would be unready: 75 → 1.5; at 0 → 50 → 1.0 → 3.
        situation("memory: readiness rules do not apply", spec(1, 10, memory(50)),
                snapshot(3, pods(pod("p1"), pod("p2"), pod("p3").started(-60).notReadySince(-50)), lowHistory(),
                        samples(MetricId.resource("memory"), "p1", 768 * MI, "p2", 768 * MI, "p3", 768 * MI)), 5);
        // A 60 s CPU initialization flag: p3 started −120 s is past it, NotReady since −110 s but
        // start + 30 s = −90 > −110 → never ready → unready → 4 (with the default 5 min it
        // would be inside the period, NotReady → unready too; the flag changes the rule used).
        situation("CPU initialization period is a setting", spec(1, 10, cpu(50)),
                snapshot(3, pods(pod("p1"), pod("p2"), pod("p3").started(-120).notReadySince(-110)), lowHistory(),
                        cpuSamples("p1", 900, "p2", 900, "p3", 1500)),
                HpaSettings.DEFAULTS.withCpuInitializationPeriod(60 * S), 4);
        // Readiness delay 0: p3 started −700 s NotReady since −695 s: −700 > −695 is false →
        // ready → counts 1500 → 110 → 2.2 → 7 → limit 6 → 6.
        situation("initial readiness delay is a setting", spec(1, 10, cpu(50)),
                snapshot(3, pods(pod("p1"), pod("p2"), pod("p3").started(-700).notReadySince(-695)), lowHistory(),
                        cpuSamples("p1", 900, "p2", 900, "p3", 1500)),
                HpaSettings.DEFAULTS.withInitialReadinessDelay(0), 6);

        // ---- other metric types ------------------------------------------------------------
        // Resource AverageValue 500m: floor(2100 / 3) = 700 → 1.4 → ceil(4.199999999999999) = 5.
        situation("Resource AverageValue", spec(1, 10,
                new MetricSpec.ResourceMetric("cpu", new MetricTarget.AverageValue(500))),
                snapshot(3, readyPods(3), lowHistory(), cpuSamples("p1", 800, "p2", 700, "p3", 600)), 5);
        // Pods 100: floor(331 / 3) = 110 → 1.1 → within → 3 (untruncated 1.1033 → 4).
        situation("Pods AverageValue: the average is truncated", spec(1, 10,
                new MetricSpec.PodsMetric("connections", new MetricTarget.AverageValue(100))),
                snapshot(3, readyPods(3), lowHistory(),
                        samples(MetricId.pods("connections"), "p1", 110, "p2", 110, "p3", 111)), 3);
        // Pods metric: p3 NotReady but Running with a sample counts (no readiness rules):
        // floor(500 / 3) = 166 → 1.66 → ceil(4.98) = 5.
        situation("Pods metric: a NotReady pod with a sample counts", spec(1, 10,
                new MetricSpec.PodsMetric("connections", new MetricTarget.AverageValue(100))),
                snapshot(3, pods(pod("p1"), pod("p2"), pod("p3").started(-60).notReadySince(-50)), lowHistory(),
                        samples(MetricId.pods("connections"), "p1", 100, "p2", 100, "p3", 300)), 5);
        // Object Value 10: 25 / 10 = 2.5; Running & Ready pods: 3 of 4 → ceil(7.5) = 8; limit
        // max(8, 4) = 8 → 8.
        situation("Object Value: ceil(ratio × ready pods)", spec(1, 10,
                new MetricSpec.ObjectMetric("requests-per-second", "Ingress", "main", new MetricTarget.Value(10_000))),
                snapshot(4, pods(pod("p1"), pod("p2"), pod("p3"), pod("p4").notReadySince(-5)), lowHistory(),
                        new MetricReading(MetricId.object("requests-per-second", "Ingress", "main"),
                                new MetricReading.ObjectValue(25_000))), 8);
        // External Value 20: series 30 + 20 + 10 = 60 → 3.0 → 2 ready pods → 6; limit
        // max(4, 4) = 4 → 4.
        situation("External Value sums the series; the 2 × current / 4 limit applies", spec(1, 10,
                new MetricSpec.ExternalMetric("queue_depth", new MetricTarget.Value(20_000))),
                snapshot(2, readyPods(2), lowHistory(), new MetricReading(MetricId.external("queue_depth"),
                        new MetricReading.ExternalValues(List.of(30_000L, 20_000L, 10_000L)))), 4);
        // External AverageValue 100 per replica, usage 600 + 400 = 1000, status.replicas 4 (spec
        // 5): ratio 1000 / 400 = 2.5 → ceil(1000 / 100) = 10; limit max(10, 4) = 10, max 20 → 10.
        situation("External AverageValue: ceil(usage / target)", spec(1, 20,
                new MetricSpec.ExternalMetric("queue_depth", new MetricTarget.AverageValue(100_000))),
                snapshot(5, 4, readyPods(5), lowHistory(), new MetricReading(MetricId.external("queue_depth"),
                        new MetricReading.ExternalValues(List.of(600_000L, 400_000L)))), 10);
        // Object AverageValue 100, usage 420, status.replicas 4: 420 / 400 = 1.05 → within →
        // status.replicas 4, below spec 5 → scale down to 4.
        situation("Object AverageValue within tolerance proposes status.replicas", spec(1, 10,
                new MetricSpec.ObjectMetric("sessions", "Service", "gw", new MetricTarget.AverageValue(100_000))),
                snapshot(5, 4, readyPods(5), lowHistory(), new MetricReading(MetricId.object("sessions", "Service", "gw"),
                        new MetricReading.ObjectValue(420_000))), 4);
        // ContainerResource of "app" (500m; the sidecar "log" also asks 500m): util =
        // floor(100 × 1200 / 1500) = 80 → 1.6 → 5. The whole pod's 1000m would give 40 → 0.8.
        situation("ContainerResource uses the named container's request", spec(1, 10,
                new MetricSpec.ContainerResourceMetric("cpu", "app", new MetricTarget.Utilization(50))),
                snapshot(3, sidecarPods(3), lowHistory(),
                        samples(MetricId.containerResource("cpu", "app"), "p1", 400, "p2", 400, "p3", 400)), 5);
        // Resource request = app 500m + sidecar 500m = 1000m (the plain init container's 2000m
        // does not count): util 60 → 1.2 → ceil(3.5999999999999996) = 4.
        situation("Resource request sums containers and sidecars, not init containers", spec(1, 10, cpu(50)),
                snapshot(3, sidecarPods(3), lowHistory(), cpuEach(3, 600)), 4);

        // ---- several metrics -------------------------------------------------------------
        // cpu: 80 → 1.6 → 5; memory: 768Mi of 1Gi = 75 % vs 80 → 0.9375 → within → 3. max = 5.
        situation("two metrics: the larger proposal wins", spec(1, 10, cpu(50), memory(80)),
                snapshot(3, readyPods(3), lowHistory(), cpuEach(3, 800),
                        samples(MetricId.resource("memory"), "p1", 768 * MI, "p2", 768 * MI, "p3", 768 * MI)), 5);
        // cpu proposes 5; the external metric fails. max(valid) = 5 ≥ 3 → scale on it.
        situation("one metric failing does not block a scale-up", spec(1, 10, cpu(50),
                new MetricSpec.ExternalMetric("queue_depth", new MetricTarget.Value(20_000))),
                snapshot(3, readyPods(3), lowHistory(), cpuEach(3, 800),
                        new MetricReading(MetricId.external("queue_depth"), new MetricReading.Unavailable("timeout"))), 5);
        // cpu proposes ceil(0.2 × 4) = 1 < 4 with a failed metric → no scaling → 4.
        situation("one metric failing blocks a scale-down", spec(1, 10, cpu(50),
                new MetricSpec.ExternalMetric("queue_depth", new MetricTarget.Value(20_000))),
                snapshot(4, readyPods(4), lowHistory(), cpuEach(4, 100)), 4);
        // A container without a CPU request fails the only metric → nothing changes → 3.
        situation("a missing request fails the metric", spec(1, 10, cpu(50)),
                snapshot(3, pods(pod("p1"), pod("p2"), pod("p3").containers(PodContainer.of("app", requests("memory", GI)))),
                        lowHistory(), cpuEach(3, 900)), 3);
        // No reading at all for the metric → all metrics invalid → 3.
        situation("every metric failing changes nothing", spec(1, 10, cpu(50)),
                snapshot(3, readyPods(3), lowHistory()), 3);

        // ---- min, max and zero -------------------------------------------------------------
        // current 12 > max 10 → 10, without looking at metrics (there are none here).
        situation("current above max goes to max", spec(1, 10, cpu(50)), snapshot(12, readyPods(12), lowHistory()), 10);
        // current 1 < min 2 → 2.
        situation("current below min goes to min", spec(2, 10, cpu(50)), snapshot(1, readyPods(1), lowHistory()), 2);
        // current 0, min 1: scaling disabled → 0.
        situation("zero replicas with min ≥ 1 disables scaling", spec(1, 10, cpu(50)),
                snapshot(0, List.of(), lowHistory(), cpuEach(0, 0)), 0);
        // current 0, min 0, External Value 10: 35 / 10 = 3.5 → from zero ceil(3.5) = 4; limit
        // max(0, 4) = 4 → 4.
        situation("min 0: an External Value scales up from zero", spec(0, 10,
                new MetricSpec.ExternalMetric("queue_depth", new MetricTarget.Value(10_000))),
                snapshot(0, List.of(), lowHistory(), new MetricReading(MetricId.external("queue_depth"),
                        new MetricReading.ExternalValues(List.of(35_000L)))), 4);
        // Same with 55 → ceil(5.5) = 6, limited to 4.
        situation("min 0: scaling up from zero is limited to 4", spec(0, 10,
                new MetricSpec.ExternalMetric("queue_depth", new MetricTarget.Value(10_000))),
                snapshot(0, List.of(), lowHistory(), new MetricReading(MetricId.external("queue_depth"),
                        new MetricReading.ExternalValues(List.of(55_000L)))), 4);
        // min 0, current 2, External Value 0 → ratio 0 → 2 ready pods → ceil(0) = 0 → 0.
        situation("min 0: an idle External Value scales to zero", spec(0, 10,
                new MetricSpec.ExternalMetric("queue_depth", new MetricTarget.Value(10_000))),
                snapshot(2, readyPods(2), lowHistory(), new MetricReading(MetricId.external("queue_depth"),
                        new MetricReading.ExternalValues(List.of(0L)))), 0);
        // min 0, current 0, a CPU metric: no pods → the metric fails → stays 0.
        situation("min 0: a CPU metric cannot scale from zero", spec(0, 10, cpu(50)),
                snapshot(0, List.of(), lowHistory(), cpuSamples("p1", 100)), 0);
        // cpu 80 → 1.6 → ceil(1.6 × 8) = ceil(12.8) = 13; limit max(16, 4) = 16; max 10 → 10.
        situation("proposal above max is clamped to max", spec(1, 10, cpu(50)),
                snapshot(8, readyPods(8), lowHistory(), cpuEach(8, 800)), 10);
        // proposal 1 (util 10 of 4 pods) < min 2 → 2.
        situation("proposal below min is clamped to min", spec(2, 10, cpu(50)),
                snapshot(4, readyPods(4), lowHistory(), cpuEach(4, 100)), 2);

        // ---- behavior: stabilization ---------------------------------------------------------
        HpaBehavior defaults = HpaBehavior.DEFAULTS;
        // Proposal ceil(0.2 × 10) = 2. Down window (flag) 300 s: {8, −100 s} counts → down =
        // max(2, 8) = 8; up window 0 → up = 2. current 10 → lowered to 8. Rate: Percent 100 →
        // trunc(10 × 0) = 0; min 1 < 0 is false → TooFewReplicas floor 1 → 8.
        situation("behavior: the scale-down window holds the highest recent recommendation",
                spec(1, 10, defaults, cpu(50)),
                snapshot(10, readyPods(10), recommendations(rec(8, -100)), cpuEach(10, 100)), 8);
        // Same, but the entry is exactly 300 s old: strictly newer is required → down = 2 →
        // stabilized 2 → 2.
        situation("behavior: an entry exactly at the window's edge does not count", spec(1, 10, defaults, cpu(50)),
                snapshot(10, readyPods(10), recommendations(rec(8, -300)), cpuEach(10, 100)), 2);
        // Proposal: util 90 → 1.8 → ceil(1.8 × 4) = ceil(7.2) = 8. Up window 60 s: {3, −30 s}
        // counts → up = min(8, 3) = 3; down window 300 s → down = max(8, 3) = 8. current 4 lies
        // within [3, 8] → stabilized 4 → no change.
        situation("behavior: the scale-up window holds the lowest recent recommendation",
                spec(1, 10, behavior(rules(60, SelectPolicy.MAX, HpaFixtures.pods(4, 15), percent(100, 15)),
                        ScalingRules.SCALE_DOWN_DEFAULTS), cpu(50)),
                snapshot(4, readyPods(4), recommendations(rec(3, -30)), cpuEach(4, 900)), 4);
        // First reconcile with an up window of 30 s: the seeded {3, now} counts → up =
        // min(6, 3) = 3 → 3. (util 100 → 2.0 → ceil(6.0) = 6.)
        situation("behavior: the seeded recommendation holds the first scale-up when the up window is open",
                spec(1, 10, behavior(rules(30, SelectPolicy.MAX, percent(100, 15)), ScalingRules.SCALE_DOWN_DEFAULTS),
                        cpu(50)),
                snapshot(3, readyPods(3), HpaHistory.EMPTY, cpuEach(3, 1000)), 3);

        // ---- behavior: rate limits, policies, selectPolicy ------------------------------------
        // Defaults up: Pods 4 → 2 + 4 = 6, Percent 100 → ceil(2 × 2) = 4; Max → 6. Proposal:
        // util 250 → 5.0 → ceil(10) = 10 → min(10, 6) = 6.
        situation("behavior defaults: +4 pods beats +100 % from 2", spec(1, 10, defaults, cpu(50)),
                snapshot(2, readyPods(2), lowHistory(), cpuEach(2, 2500)), 6);
        // Proposal: util 250 → 5.0 → ceil(5.0 × 4) = 20. WASMBED's up rules from 4: Percent 100
        // → ceil(4 × 2.0) = 8, Pods 2 → 6; Max → 8; maxAllowed min(10, 8) = 8 → 8.
        situation("selectPolicy Max takes the larger limit", spec(2, 10, wasmbedBehavior(SelectPolicy.MAX), cpu(50)),
                snapshot(4, readyPods(4), lowHistory(), cpuEach(4, 2500)), 8);
        // Min takes the smaller: 6.
        situation("selectPolicy Min takes the smaller limit", spec(2, 10, wasmbedBehavior(SelectPolicy.MIN), cpu(50)),
                snapshot(4, readyPods(4), lowHistory(), cpuEach(4, 2500)), 6);
        // Disabled: limit = current 4 → 4.
        situation("selectPolicy Disabled stops scale-up", spec(2, 10, wasmbedBehavior(SelectPolicy.DISABLED), cpu(50)),
                snapshot(4, readyPods(4), lowHistory(), cpuEach(4, 2500)), 4);
        // Pods 2 per 60 s; a +2 event 30 s ago: periodStart = 4 − 2 = 2 → limit 4 = current → 4.
        situation("Pods policy counts scale-up events inside its period",
                spec(1, 10, behavior(rules(0, SelectPolicy.MAX, HpaFixtures.pods(2, 60)), ScalingRules.SCALE_DOWN_DEFAULTS),
                        cpu(50)),
                snapshot(4, readyPods(4), new HpaHistory(List.of(rec(0, -10)), List.of(event(2, -30)), List.of()),
                        cpuEach(4, 2500)), 4);
        // The event exactly 60 s ago is outside (strictly newer counts): start 4 → 6.
        situation("an event exactly one period old no longer counts",
                spec(1, 10, behavior(rules(0, SelectPolicy.MAX, HpaFixtures.pods(2, 60)), ScalingRules.SCALE_DOWN_DEFAULTS),
                        cpu(50)),
                snapshot(4, readyPods(4), new HpaHistory(List.of(rec(0, -10)), List.of(event(2, -60)), List.of()),
                        cpuEach(4, 2500)), 6);
        // Down Percent 50 per 60 s, window 0: proposal ceil(0.2 × 10) = 2; start 10 →
        // trunc(10 × 0.5) = 5 → minAllowed max(1, 5) = 5 → 5.
        situation("Percent policy limits a scale-down", spec(1, 10, behavior(ScalingRules.SCALE_UP_DEFAULTS,
                rules(0, SelectPolicy.MAX, percent(50, 60))), cpu(50)),
                snapshot(10, readyPods(10), lowHistory(), cpuEach(10, 100)), 5);
        // A −3 event 20 s ago: start = 10 + 3 = 13 → trunc(13 × 0.5) = trunc(6.5) = 6 → 6.
        situation("Percent policy: earlier scale-downs in the period raise the start",
                spec(1, 10, behavior(ScalingRules.SCALE_UP_DEFAULTS, rules(0, SelectPolicy.MAX, percent(50, 60))),
                        cpu(50)),
                snapshot(10, readyPods(10), new HpaHistory(List.of(rec(0, -10)), List.of(), List.of(event(3, -20))),
                        cpuEach(10, 100)), 6);
        // Down Pods 1 and Percent 50, selectPolicy Min: Pods → 9, Percent → 5; Min (for a
        // scale-down the largest floor) → 9.
        situation("selectPolicy Min on a scale-down takes the gentler policy",
                spec(1, 10, behavior(ScalingRules.SCALE_UP_DEFAULTS,
                        rules(0, SelectPolicy.MIN, HpaFixtures.pods(1, 60), percent(50, 60))), cpu(50)),
                snapshot(10, readyPods(10), lowHistory(), cpuEach(10, 100)), 9);
        // The same with Max → the smallest floor, 5.
        situation("selectPolicy Max on a scale-down takes the bigger drop",
                spec(1, 10, behavior(ScalingRules.SCALE_UP_DEFAULTS,
                        rules(0, SelectPolicy.MAX, HpaFixtures.pods(1, 60), percent(50, 60))), cpu(50)),
                snapshot(10, readyPods(10), lowHistory(), cpuEach(10, 100)), 5);
        // Disabled down → 10.
        situation("selectPolicy Disabled stops scale-down",
                spec(1, 10, behavior(ScalingRules.SCALE_UP_DEFAULTS,
                        rules(0, SelectPolicy.DISABLED, percent(50, 60))), cpu(50)),
                snapshot(10, readyPods(10), lowHistory(), cpuEach(10, 100)), 10);
        // Proposal: util 5 (50m of 1000m) → 0.1 → ceil(0.1 × 10) = ceil(1.0) = 1. Down Percent
        // 80 from 10: trunc(10 × (1 − 0.8)) = trunc(1.9999999999999996) = 1, where exact
        // arithmetic gives 2. min 1 < 1 is false → TooFewReplicas, floor 1 → max(1, 1) = 1.
        // (With a floor of 2 the answer would be 2.)
        situation("float: a Percent 80 scale-down from 10 allows 1, not 2",
                spec(1, 10, behavior(ScalingRules.SCALE_UP_DEFAULTS, rules(0, SelectPolicy.MAX, percent(80, 60))),
                        cpu(50)),
                snapshot(10, readyPods(10), lowHistory(), cpuEach(10, 50)), 1);
        // Up Percent 12 from 25: ceil(25 × 1.12) = ceil(28.000000000000004) = 29 (exact: 28).
        // Proposal: util 200 → 4 → ceil(100) = 100; max 50 → maxAllowed min(50, 29) = 29.
        situation("float: a Percent 12 scale-up from 25 allows 29, not 28",
                spec(1, 50, behavior(rules(0, SelectPolicy.MAX, percent(12, 60)), ScalingRules.SCALE_DOWN_DEFAULTS),
                        cpu(50)),
                snapshot(25, readyPods(25), lowHistory(), cpuEach(25, 1000)), 29);

        // ---- behavior: per-direction tolerance (KEP-4951) -------------------------------------
        // scaleUp tolerance 0.5: util 70 → 1.4 ≤ 1.5 → within → 3 (the global 0.1 would give 5).
        situation("scale-up tolerance widens the band upward", spec(1, 10, behavior(
                withTolerance(ScalingRules.SCALE_UP_DEFAULTS, 0.5), ScalingRules.SCALE_DOWN_DEFAULTS), cpu(50)),
                snapshot(3, readyPods(3), lowHistory(), cpuEach(3, 700)), 3);
        // scaleDown tolerance 0: util 45 → 0.9 < 1.0 → ceil(0.9 × 10) = 9; down window 0 → 9.
        situation("scale-down tolerance 0 makes any drop count", spec(1, 10, behavior(ScalingRules.SCALE_UP_DEFAULTS,
                withTolerance(rules(0, SelectPolicy.MAX, percent(100, 15)), 0.0)), cpu(50)),
                snapshot(10, readyPods(10), lowHistory(), cpuEach(10, 450)), 9);
        // The same without the override: 0.9 is within the default band → 10.
        situation("without a scale-down tolerance the global one applies", spec(1, 10, behavior(
                ScalingRules.SCALE_UP_DEFAULTS, rules(0, SelectPolicy.MAX, percent(100, 15))), cpu(50)),
                snapshot(10, readyPods(10), lowHistory(), cpuEach(10, 450)), 10);
        // A global tolerance flag of 0.5 and no behavior: util 70 → 1.4 → within → 3.
        situation("the tolerance flag is a setting", spec(1, 10, cpu(50)),
                snapshot(3, readyPods(3), lowHistory(), cpuEach(3, 700)), HpaSettings.DEFAULTS.withTolerance(0.5), 3);

        // ---- WASMBED's gateway HPA (k8s/gateway-hpa.yaml) ---------------------------------------
        // cpu 70 %, memory 80 %, min 2, max 10, 2 replicas. cpu: 1500m of 1000m = 150 % → 150/70
        // = 2.142857142857143 → ceil(4.285714285714286) = 5; memory 512Mi of 1Gi = 50 % → 0.625
        // → ceil(1.25) = 2. max = 5. Up rules: Percent 100 → 4, Pods 2 → 4; Max → 4 → 4.
        situation("WASMBED gateway HPA: a CPU spike doubles 2 replicas to 4",
                new HpaSpec(HpaFixtures.TARGET, 2, 10, List.of(cpu(70), memory(80)),
                        Optional.of(wasmbedBehavior(SelectPolicy.MAX))),
                snapshot(2, readyPods(2), lowHistory(), cpuEach(2, 1500),
                        samples(MetricId.resource("memory"), "p1", 512 * MI, "p2", 512 * MI)), 4);
    }

    /** WASMBED's behavior: down 300 s window, Percent 50 / 60 s; up no window, Percent 100 and Pods 2 per 15 s. */
    static HpaBehavior wasmbedBehavior(SelectPolicy up) {
        return behavior(rules(0, up, percent(100, 15), HpaFixtures.pods(2, 15)),
                rules(300, SelectPolicy.MAX, percent(50, 60)));
    }

    static ScalingRules withTolerance(ScalingRules rules, double tolerance) {
        return new ScalingRules(rules.stabilizationWindowSeconds(), rules.selectPolicy(), rules.policies(),
                OptionalDouble.of(tolerance));
    }

    /** Pods with containers app (500m), sidecar log (500m, restartable init) and init setup (2000m). */
    static List<HpaFixtures.Pod> sidecarPods(int n) {
        List<HpaFixtures.Pod> list = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            list.add(pod("p" + i).containers(
                    PodContainer.of("app", requests("cpu", 500)),
                    new PodContainer("log", PodContainer.Kind.SIDECAR, requests("cpu", 500)),
                    new PodContainer("setup", PodContainer.Kind.INIT, requests("cpu", 2000))));
        }
        return list;
    }
}
