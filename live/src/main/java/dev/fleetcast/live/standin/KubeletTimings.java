package dev.fleetcast.live.standin;

import dev.fleetcast.model.distribution.DurationDistribution;
import java.util.Objects;

/**
 * How long the stand-in's kubelet takes: from a Deployment wanting a pod to that pod being
 * Running and Ready, drawn per pod from {@code podStart} with a generator seeded by {@code seed}
 * (the same seed gives the same sequence of delays).
 */
public record KubeletTimings(DurationDistribution podStart, long seed) {

    public KubeletTimings {
        Objects.requireNonNull(podStart, "podStart");
    }
}
