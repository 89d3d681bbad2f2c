package dev.fleetcast.model.trace;

import dev.fleetcast.model.assignment.Decision;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An assignment decision as a live controller made it, with the counts it decided from: the
 * evidence of the enrollment race (two decisions that saw the same counts made the same
 * choice). The simulator's {@code DecisionRecord} keeps the whole view; a trace keeps what
 * can be written down.
 *
 * @param timeNanos when the decision was made, from the trace's start
 * @param device the device decided for
 * @param decision the gateway chosen, or none with the reason
 * @param policy the assignment policy's name
 * @param discipline the discipline's name
 * @param attempt 1 for a first decision, more after conflicts
 * @param countsSeen devices per gateway as the decision saw them, in view order
 */
public record TraceDecision(long timeNanos, String device, Decision decision, String policy, String discipline,
        int attempt, Map<String, Integer> countsSeen) {

    public TraceDecision {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(discipline, "discipline");
        if (timeNanos < 0) {
            throw new IllegalArgumentException("decision for " + device + ": time must be 0 or more, was "
                    + timeNanos + " ns");
        }
        if (attempt < 1) {
            throw new IllegalArgumentException("decision for " + device + ": attempt must be at least 1, was " + attempt);
        }
        countsSeen = Collections.unmodifiableMap(new LinkedHashMap<>(countsSeen));
        countsSeen.forEach((gateway, devices) -> {
            if (devices == null || devices < 0) {
                throw new IllegalArgumentException("decision for " + device + ": gateway " + gateway
                        + " must have 0 or more devices, had " + devices);
            }
        });
    }
}
