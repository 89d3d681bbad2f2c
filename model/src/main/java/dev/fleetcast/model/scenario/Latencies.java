package dev.fleetcast.model.scenario;

import dev.fleetcast.model.distribution.DurationDistribution;
import java.util.Objects;

/**
 * The timing of the platform, each a distribution of durations.
 *
 * @param apiWrite an API write (PATCH/UPDATE/CREATE) from request to response
 * @param apiList the fixed part of a LIST of devices, from request to response
 * @param listPerDeviceNanos what each listed device adds to a LIST's latency, 0 or more
 *     (WASMBED's kind figures: 112 ms at 40 devices, 159 ms at 100 — about 0.8 ms a device)
 * @param watchDelay from an object's change at the API server to the informer cache seeing it
 * @param podStartup from a device's creation to its pod being ready to connect
 * @param handshake a device's enrollment handshake with its gateway, once it knows the gateway
 * @param failureNoticed from a gateway's death to its phase leaving Running
 * @param gatewayRollout from a gateway's creation (or restart) to its phase being Running
 */
public record Latencies(
        DurationDistribution apiWrite,
        DurationDistribution apiList,
        long listPerDeviceNanos,
        DurationDistribution watchDelay,
        DurationDistribution podStartup,
        DurationDistribution handshake,
        DurationDistribution failureNoticed,
        DurationDistribution gatewayRollout) {

    public Latencies {
        Objects.requireNonNull(apiWrite, "apiWrite");
        Objects.requireNonNull(apiList, "apiList");
        Objects.requireNonNull(watchDelay, "watchDelay");
        Objects.requireNonNull(podStartup, "podStartup");
        Objects.requireNonNull(handshake, "handshake");
        Objects.requireNonNull(failureNoticed, "failureNoticed");
        Objects.requireNonNull(gatewayRollout, "gatewayRollout");
        if (listPerDeviceNanos < 0) {
            throw new IllegalArgumentException("latencies: listPerDevice must be 0 or more, was " + listPerDeviceNanos + " ns");
        }
    }
}
