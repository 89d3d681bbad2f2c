package dev.fleetcast.model.scenario;

import dev.fleetcast.model.distribution.DurationDistribution;
import dev.fleetcast.model.load.LoadProfile;
import java.util.Objects;

/**
 * The data-plane load: what connected devices send their gateways, and what it costs them.
 * Each gateway replica serves messages with {@code workers} workers, each message taking a
 * {@code serviceTime} on one worker; messages wait while every worker is busy.
 *
 * @param profile messages per second that each connected device sends, over time
 * @param serviceTime one message's service time on one worker
 * @param workers workers per gateway replica, at least 1
 * @param warmUpNanos messages arriving before this time are served but left out of the
 *     message latency statistics (warm-up deletion: the queues start empty); 0 keeps them all
 */
public record MessageLoad(LoadProfile profile, DurationDistribution serviceTime, int workers, long warmUpNanos) {

    /** A load whose latency statistics keep every message. */
    public MessageLoad(LoadProfile profile, DurationDistribution serviceTime, int workers) {
        this(profile, serviceTime, workers, 0);
    }

    public MessageLoad {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(serviceTime, "serviceTime");
        if (warmUpNanos < 0) {
            throw new IllegalArgumentException("load: warm-up must be 0 or more, was " + warmUpNanos + " ns");
        }
        if (workers < 1) {
            throw new IllegalArgumentException("load: workers must be at least 1, was " + workers);
        }
    }
}
