package dev.fleetcast.model.trace;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One API request whose latency was measured.
 *
 * @param startNanos when the request was sent, from the trace's start
 * @param verb what kind of request
 * @param latencyNanos from sending the request to receiving the whole response, 0 or more
 * @param items for a LIST, the objects it returned (a LIST's latency grows with them);
 *     empty for other verbs or when not known
 */
public record ApiCall(long startNanos, ApiVerb verb, long latencyNanos, OptionalInt items) {

    public ApiCall {
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(items, "items");
        if (startNanos < 0) {
            throw new IllegalArgumentException("API call: start must be 0 or more, was " + startNanos + " ns");
        }
        if (latencyNanos < 0) {
            throw new IllegalArgumentException("API call: latency must be 0 or more, was " + latencyNanos + " ns");
        }
        if (items.isPresent() && (verb != ApiVerb.LIST || items.getAsInt() < 0)) {
            throw new IllegalArgumentException("API call: items (" + items.getAsInt()
                    + ") must be 0 or more, and only for a LIST, not a " + verb);
        }
    }
}
