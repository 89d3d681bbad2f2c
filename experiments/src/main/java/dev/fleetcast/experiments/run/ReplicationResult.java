package dev.fleetcast.experiments.run;

import java.util.Objects;

/** One replication's result, or why it failed. */
public sealed interface ReplicationResult<R> {

    /** The replication's index, from 0. */
    int replication();

    /** The replication's seed. */
    long seed();

    /** The replication ran to the end. */
    record Succeeded<R>(int replication, long seed, R value) implements ReplicationResult<R> {
        public Succeeded {
            Objects.requireNonNull(value, "value");
        }
    }

    /** The replication threw; {@code message} says what, where and when. */
    record Failed<R>(int replication, long seed, String message) implements ReplicationResult<R> {
        public Failed {
            Objects.requireNonNull(message, "message");
        }
    }
}
