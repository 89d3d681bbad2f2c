package dev.fleetcast.model.trace;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many pods were in each phase at one instant.
 *
 * @param timeNanos when, from the trace's start
 * @param counts phase as Kubernetes spells it ({@code Pending}, {@code Running}, …) → pods,
 *     each 0 or more; sorted by phase
 */
public record PodPhaseSample(long timeNanos, Map<String, Integer> counts) {

    public PodPhaseSample {
        if (timeNanos < 0) {
            throw new IllegalArgumentException("pod phase sample: time must be 0 or more, was " + timeNanos + " ns");
        }
        counts = Collections.unmodifiableMap(new TreeMap<>(counts));
        counts.forEach((phase, pods) -> {
            if (phase.isBlank() || pods == null || pods < 0) {
                throw new IllegalArgumentException("pod phase sample at " + timeNanos + " ns: phase \"" + phase
                        + "\" must be named and have 0 or more pods, had " + pods);
            }
        });
    }
}
