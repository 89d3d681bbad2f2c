package dev.fleetcast.model.discipline;

/** The answer to a write: it landed, or its precondition failed (HTTP 409). */
public sealed interface WriteResult {

    /** The write landed; the object now has {@code version}. */
    record Written(long version) implements WriteResult {
    }

    /** The expected version was stale; the object is at {@code currentVersion}. */
    record Conflict(long currentVersion) implements WriteResult {
    }
}
