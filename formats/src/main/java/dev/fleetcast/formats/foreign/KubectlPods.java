package dev.fleetcast.formats.foreign;

import dev.fleetcast.model.trace.PodObservation;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The pods of a {@code kubectl get pods -o json} dump, as read.
 *
 * @param origin the earliest time in the dump: every pod's times are nanoseconds from it
 * @param pods each pod's start-up, in the dump's order
 * @param otherItems items of the List that were not pods (a {@code kubectl get all} dump), skipped
 */
public record KubectlPods(Instant origin, List<PodObservation> pods, int otherItems) {

    public KubectlPods {
        Objects.requireNonNull(origin, "origin");
        pods = List.copyOf(pods);
        if (otherItems < 0) {
            throw new IllegalArgumentException("otherItems must be 0 or more, was " + otherItems);
        }
    }
}
