package dev.fleetcast.model.result;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one run of a steady-creation fleet produced.
 *
 * @param devicesPerGateway final device count per gateway, in the scenario's gateway order
 *     (every gateway present, zero included)
 * @param unassigned devices no gateway would take, each with the reason, in creation order
 * @param enrollmentLatenciesNanos creation-to-enrolled time of every enrolled device, in
 *     order of enrollment
 * @param eventsProcessed events the engine ran
 * @param endTimeNanos simulated time when the last event ran
 */
public record SteadyCreationOutcome(
        Map<String, Integer> devicesPerGateway,
        List<String> unassigned,
        long[] enrollmentLatenciesNanos,
        long eventsProcessed,
        long endTimeNanos) {

    public SteadyCreationOutcome {
        devicesPerGateway = Collections.unmodifiableMap(new LinkedHashMap<>(devicesPerGateway));
        unassigned = List.copyOf(unassigned);
        enrollmentLatenciesNanos = enrollmentLatenciesNanos.clone();
    }

    @Override
    public long[] enrollmentLatenciesNanos() {
        return enrollmentLatenciesNanos.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SteadyCreationOutcome o
                && devicesPerGateway.equals(o.devicesPerGateway)
                && unassigned.equals(o.unassigned)
                && Arrays.equals(enrollmentLatenciesNanos, o.enrollmentLatenciesNanos)
                && eventsProcessed == o.eventsProcessed
                && endTimeNanos == o.endTimeNanos;
    }

    @Override
    public int hashCode() {
        return Objects.hash(devicesPerGateway, unassigned, Arrays.hashCode(enrollmentLatenciesNanos),
                eventsProcessed, endTimeNanos);
    }

    @Override
    public String toString() {
        return "SteadyCreationOutcome[devicesPerGateway=" + devicesPerGateway + ", unassigned=" + unassigned.size()
                + ", enrolled=" + enrollmentLatenciesNanos.length + ", eventsProcessed=" + eventsProcessed
                + ", endTimeNanos=" + endTimeNanos + "]";
    }
}
