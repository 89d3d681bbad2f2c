package dev.fleetcast.model.result;

import java.util.List;
import java.util.Objects;

/**
 * What the gateways' message queues did in one run.
 *
 * @param samples utilization and queue lengths at every sampling interval
 * @param waiting each message's time from arrival to the start of its service
 * @param response each message's time from arrival to the end of its service
 * @param completed messages served
 */
public record MessageOutcome(List<LoadSample> samples, LatencySummary waiting, LatencySummary response, long completed) {

    public MessageOutcome {
        samples = List.copyOf(samples);
        Objects.requireNonNull(waiting, "waiting");
        Objects.requireNonNull(response, "response");
        if (completed < 0) {
            throw new IllegalArgumentException("completed must be 0 or more, was " + completed);
        }
    }
}
