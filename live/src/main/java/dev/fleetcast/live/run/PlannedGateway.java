package dev.fleetcast.live.run;

import java.util.Objects;

/**
 * A Gateway object to create, and when.
 *
 * @param name the Gateway's name (the scenario's)
 * @param maxDevices spec.maxDevices
 * @param weight spec.weight (fleetcast's addition)
 * @param region spec.region, or empty
 * @param endpoint spec.endpoint: {@code <name>.<namespace>.svc:8443}, the gateway's Service
 * @param atNanos when to create it: 0, or the time of the scenario's {@code add} fault
 */
public record PlannedGateway(String name, int maxDevices, double weight, String region, String endpoint,
        long atNanos) {

    /** The port the gateway's Service serves devices on (WASMBED's TLS port). */
    public static final int TLS_PORT = 8443;

    public PlannedGateway {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(endpoint, "endpoint");
        if (atNanos < 0) {
            throw new IllegalArgumentException("gateway " + name + ": creation time must be 0 or more, was " + atNanos);
        }
    }

    /** The default endpoint pattern: the Service named as the Gateway, in its namespace, on the TLS port. */
    public static final String DEFAULT_ENDPOINT = "fleetcast-gw-{gateway}.{namespace}.svc:" + TLS_PORT;

    /** The endpoint of gateway {@code name}'s Service in {@code namespace}: {@link #DEFAULT_ENDPOINT}. */
    public static String endpoint(String name, String namespace) {
        return endpoint(DEFAULT_ENDPOINT, name, namespace);
    }

    /** {@code pattern} with {@code {gateway}} and {@code {namespace}} replaced. */
    public static String endpoint(String pattern, String name, String namespace) {
        return pattern.replace("{gateway}", name).replace("{namespace}", namespace);
    }
}
