package dev.fleetcast.model.hpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the controller sorted the listed pods for a Resource, ContainerResource or Pods metric
 * ({@code groupPods}). Each list keeps the snapshot's pod order.
 *
 * @param ready pods whose sample counts as it is
 * @param unready pods left out, and counted at 0 only on a scale-up: Pending pods, and for
 *     {@code cpu} pods whose samples the readiness rules distrust
 * @param missing pods without a sample: filled in at the target (scale-down) or 0 (scale-up)
 * @param ignored pods being deleted or Failed: no part in the calculation at all
 * @param extraneousSamples samples naming pods the lister does not know; the controller keeps
 *     them (they match no request, but are counted where the controller counts samples)
 */
public record PodGroups(List<String> ready, List<String> unready, List<String> missing, List<String> ignored,
        List<String> extraneousSamples) {

    public PodGroups {
        ready = List.copyOf(ready);
        unready = List.copyOf(unready);
        missing = List.copyOf(missing);
        ignored = List.copyOf(ignored);
        extraneousSamples = List.copyOf(extraneousSamples);
    }

    /**
     * Sorts {@code pods} as {@code groupPods} does, in this order: deleted or Failed → ignored;
     * Pending → unready; no sample → missing; for the {@code cpu} resource only, the readiness
     * rules (no Ready condition or start time → unready; inside the CPU initialization period,
     * unready if Ready=False or the sample began before the pod became ready; after it,
     * unready only if Ready=False and the pod never was ready); otherwise ready.
     *
     * @param resource the resource name, or empty for a Pods metric (no readiness rules)
     */
    static PodGroups of(List<PodState> pods, Map<String, PodSample> samples, Optional<String> resource,
            HpaSettings settings) {
        List<String> ready = new ArrayList<>();
        List<String> unready = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        boolean cpu = resource.filter("cpu"::equals).isPresent();
        for (PodState pod : pods) {
            if (pod.deleting() || pod.phase() == PodPhase.FAILED) {
                ignored.add(pod.name());
            } else if (pod.phase() == PodPhase.PENDING) {
                unready.add(pod.name());
            } else if (!samples.containsKey(pod.name())) {
                missing.add(pod.name());
            } else if (cpu && cpuUnready(pod, samples.get(pod.name()), settings)) {
                unready.add(pod.name());
            } else {
                ready.add(pod.name());
            }
        }
        List<String> extraneous = new ArrayList<>();
        for (String name : samples.keySet()) {
            if (pods.stream().noneMatch(p -> p.name().equals(name))) {
                extraneous.add(name);
            }
        }
        return new PodGroups(ready, unready, missing, ignored, extraneous);
    }

    /** The CPU readiness rules; the reconcile is at time 0. Comparisons are strict, as Go's Before/After. */
    private static boolean cpuUnready(PodState pod, PodSample sample, HpaSettings settings) {
        if (pod.ready().isEmpty() || pod.startTimeNanos().isEmpty()) {
            return true;
        }
        PodState.ReadyCondition condition = pod.ready().get();
        long start = pod.startTimeNanos().getAsLong();
        boolean readyFalse = condition.status() == PodState.ReadyCondition.Status.FALSE;
        if (start + settings.cpuInitializationPeriodNanos() > 0) {
            // Still initializing: distrust a NotReady pod, and a sample whose window reaches back
            // before the pod became ready (it may contain start-up CPU).
            return readyFalse || sample.timestampNanos() < condition.lastTransitionNanos() + sample.windowNanos();
        }
        // Initialized: distrust only a NotReady pod that has never been ready, i.e. whose
        // readiness last changed within the initial readiness delay of its start.
        return readyFalse && start + settings.initialReadinessDelayNanos() > condition.lastTransitionNanos();
    }
}
