package dev.fleetcast.live.run;

import dev.fleetcast.model.scenario.Fault;
import java.util.Objects;

/**
 * A scenario fault that a live run applies: deleting a Gateway object at a time. (A gateway
 * that joins later, the {@code add} fault, is a {@link PlannedGateway} with a later time.)
 *
 * @param atNanos when, from the run's start
 * @param gateway the Gateway to delete
 * @param source the scenario's fault this comes from
 */
public record PlannedFault(long atNanos, String gateway, Fault source) {

    public PlannedFault {
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(source, "source");
    }
}
