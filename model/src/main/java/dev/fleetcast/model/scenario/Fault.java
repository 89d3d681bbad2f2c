package dev.fleetcast.model.scenario;

import java.util.Objects;

/**
 * Something done to a gateway at a time.
 *
 * @param atNanos when, from the start of the run
 * @param gateway which gateway
 * @param kind what happens
 * @param durationNanos for {@link Kind#RESTART} and {@link Kind#PARTITION}, how long until
 *     the gateway is back; 0 for the others
 */
public record Fault(long atNanos, String gateway, Kind kind, long durationNanos) {

    /** The kinds of fault. */
    public enum Kind {
        /** The gateway's pod dies and stays dead; its phase becomes Failed once noticed. */
        KILL,
        /** The gateway's Deployment is deleted: the gateway is gone for good. */
        DELETE,
        /** The pod dies and comes back after the duration. */
        RESTART,
        /** Devices cannot reach the gateway for the duration; its phase stays Running. */
        PARTITION,
        /** The gateway joins the fleet: it is rolled out now rather than at the start. */
        ADD
    }

    public Fault {
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(kind, "kind");
        if (atNanos < 0) {
            throw new IllegalArgumentException("fault on " + gateway + ": time must be 0 or later, was " + atNanos + " ns");
        }
        boolean timed = kind == Kind.RESTART || kind == Kind.PARTITION;
        if (timed && durationNanos < 1) {
            throw new IllegalArgumentException("fault on " + gateway + ": a " + kind + " needs a positive duration, was "
                    + durationNanos + " ns");
        }
        if (!timed && durationNanos != 0) {
            throw new IllegalArgumentException("fault on " + gateway + ": a " + kind + " takes no duration, was "
                    + durationNanos + " ns");
        }
    }
}
