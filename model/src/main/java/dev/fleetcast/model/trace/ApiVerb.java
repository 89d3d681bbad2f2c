package dev.fleetcast.model.trace;

/** The API request kinds whose latencies a trace records; watches have no latency of their own. */
public enum ApiVerb {
    GET,
    LIST,
    CREATE,
    UPDATE,
    PATCH,
    DELETE;

    /** Whether the request changes an object: what the scenario's {@code apiWrite} latency describes. */
    public boolean isWrite() {
        return this == CREATE || this == UPDATE || this == PATCH;
    }
}
