package dev.fleetcast.model.hpa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Small builders for HPA test cases. Unless a case says otherwise, a pod is Running, started
 * 600 s ago, Ready since 570 s ago, with one container {@code app} requesting 1000m CPU and
 * 1Gi memory; a sample was taken 10 s ago over a 30 s window.
 */
final class HpaFixtures {

    static final long S = 1_000_000_000L;
    static final long GI = 1024L * 1024 * 1024 * 1000; // milli-units of 1Gi
    static final long MI = 1024L * 1024 * 1000;
    static final ScaleTargetRef TARGET = new ScaleTargetRef("apps/v1", "Deployment", "gateway");

    private HpaFixtures() {
    }

    /** A mutable pod description; {@link #build()} makes the record. */
    static final class Pod {
        String name;
        PodPhase phase = PodPhase.RUNNING;
        PodState.ReadyCondition.Status ready = PodState.ReadyCondition.Status.TRUE;
        boolean hasReady = true;
        long readySince = -570 * S;
        Long start = -600 * S;
        boolean deleting;
        List<PodContainer> containers = new ArrayList<>(List.of(PodContainer.of("app",
                Map.of("cpu", 1000L, "memory", GI))));

        Pod(String name) {
            this.name = name;
        }

        Pod phase(PodPhase p) {
            phase = p;
            return this;
        }

        Pod notReadySince(long seconds) {
            ready = PodState.ReadyCondition.Status.FALSE;
            readySince = seconds * S;
            return this;
        }

        Pod readySince(long seconds) {
            ready = PodState.ReadyCondition.Status.TRUE;
            readySince = seconds * S;
            return this;
        }

        Pod noReadyCondition() {
            hasReady = false;
            return this;
        }

        Pod started(long seconds) {
            start = seconds * S;
            return this;
        }

        Pod deleting() {
            deleting = true;
            return this;
        }

        Pod cpuRequest(long milli) {
            containers = new ArrayList<>(List.of(PodContainer.of("app", Map.of("cpu", milli, "memory", GI))));
            return this;
        }

        Pod containers(PodContainer... list) {
            containers = new ArrayList<>(Arrays.asList(list));
            return this;
        }

        PodState build() {
            return new PodState(name, phase,
                    hasReady ? Optional.of(new PodState.ReadyCondition(ready, readySince)) : Optional.empty(),
                    start == null ? OptionalLong.empty() : OptionalLong.of(start), deleting, containers, Map.of());
        }
    }

    static Pod pod(String name) {
        return new Pod(name);
    }

    /** Pods p1..pN, all at the defaults. */
    static List<Pod> readyPods(int n) {
        List<Pod> pods = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            pods.add(pod("p" + i));
        }
        return pods;
    }

    static List<Pod> pods(Pod... pods) {
        return new ArrayList<>(Arrays.asList(pods));
    }

    static MetricSpec cpu(int percent) {
        return new MetricSpec.ResourceMetric("cpu", new MetricTarget.Utilization(percent));
    }

    static MetricSpec memory(int percent) {
        return new MetricSpec.ResourceMetric("memory", new MetricTarget.Utilization(percent));
    }

    static HpaSpec spec(int min, int max, MetricSpec... metrics) {
        return new HpaSpec(TARGET, min, max, List.of(metrics), Optional.empty());
    }

    static HpaSpec spec(int min, int max, HpaBehavior behavior, MetricSpec... metrics) {
        return new HpaSpec(TARGET, min, max, List.of(metrics), Optional.of(behavior));
    }

    static ScalingPolicy pods(int value, int period) {
        return new ScalingPolicy(ScalingPolicy.Type.PODS, value, period);
    }

    static ScalingPolicy percent(int value, int period) {
        return new ScalingPolicy(ScalingPolicy.Type.PERCENT, value, period);
    }

    static ScalingRules rules(int window, SelectPolicy select, ScalingPolicy... policies) {
        return new ScalingRules(OptionalInt.of(window), select, List.of(policies), OptionalDouble.empty());
    }

    static HpaBehavior behavior(ScalingRules up, ScalingRules down) {
        return new HpaBehavior(up, down);
    }

    /** Per-pod samples of a metric: alternating pod name and value in milli-units. */
    static MetricReading samples(MetricId id, Object... podAndValue) {
        List<PodSample> samples = new ArrayList<>();
        for (int i = 0; i < podAndValue.length; i += 2) {
            samples.add(new PodSample((String) podAndValue[i], ((Number) podAndValue[i + 1]).longValue(), -10 * S,
                    30 * S));
        }
        return new MetricReading(id, new MetricReading.PodSamples(samples));
    }

    static MetricReading cpuSamples(Object... podAndValue) {
        return samples(MetricId.resource("cpu"), podAndValue);
    }

    /** The same CPU usage for pods p1..pN. */
    static MetricReading cpuEach(int n, long milli) {
        Object[] pairs = new Object[2 * n];
        for (int i = 0; i < n; i++) {
            pairs[2 * i] = "p" + (i + 1);
            pairs[2 * i + 1] = milli;
        }
        return cpuSamples(pairs);
    }

    static HpaHistory.Recommendation rec(int replicas, long seconds) {
        return new HpaHistory.Recommendation(replicas, seconds * S);
    }

    static HpaHistory.ScaleEvent event(int change, long seconds) {
        return new HpaHistory.ScaleEvent(change, seconds * S, false);
    }

    static HpaHistory recommendations(HpaHistory.Recommendation... recs) {
        return new HpaHistory(List.of(recs), List.of(), List.of());
    }

    /** A history with one low, recent recommendation: it neither seeds nor holds back a scale-down. */
    static HpaHistory lowHistory() {
        return recommendations(rec(0, -10));
    }

    static HpaSnapshot snapshot(int current, List<Pod> pods, HpaHistory history, MetricReading... readings) {
        return snapshot(current, current, pods, history, readings);
    }

    static HpaSnapshot snapshot(int specReplicas, int statusReplicas, List<Pod> pods, HpaHistory history,
            MetricReading... readings) {
        return new HpaSnapshot(specReplicas, statusReplicas, pods.stream().map(Pod::build).toList(),
                List.of(readings), history);
    }

    static Map<String, Long> requests(Object... resourceAndMilli) {
        Map<String, Long> map = new HashMap<>();
        for (int i = 0; i < resourceAndMilli.length; i += 2) {
            map.put((String) resourceAndMilli[i], ((Number) resourceAndMilli[i + 1]).longValue());
        }
        return map;
    }
}
