package dev.fleetcast.formats.foreign;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The events of a {@code kubectl get events -o json} dump, as read.
 *
 * @param origin the earliest event's time: scale changes are measured from it
 * @param events every event, in time order (events at the same time in the dump's order)
 */
public record KubectlEvents(Instant origin, List<ClusterEvent> events) {

    public KubectlEvents {
        Objects.requireNonNull(origin, "origin");
        events = List.copyOf(events);
    }
}
