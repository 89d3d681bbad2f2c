package dev.fleetcast.model.discipline;

import dev.fleetcast.model.assignment.Decision;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Why a device went where it went: the decision, the policy and discipline that made it, and
 * the counts the deciding controller saw.
 *
 * @param device the device
 * @param decision the gateway chosen, or none with the reason
 * @param policy the assignment policy's name
 * @param discipline the discipline's name
 * @param countsSeen devices per gateway as the decision saw them, in view order
 * @param attempt 1 for a first decision, more after conflicts
 */
public record DecisionRecord(
        String device, Decision decision, String policy, String discipline, Map<String, Integer> countsSeen,
        int attempt) {

    public DecisionRecord {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(discipline, "discipline");
        countsSeen = Collections.unmodifiableMap(new LinkedHashMap<>(countsSeen));
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be at least 1, was " + attempt);
        }
    }
}
