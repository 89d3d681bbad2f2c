package dev.fleetcast.live.protocol;

/**
 * WASMBED's {@code ApplicationStatus} enum ({@code #[cbor(index_only)]}, so on the wire only the
 * index). Renamed here so it does not clash with the {@link ClientMessage.ApplicationStatus}
 * message. The order is the wire index and must not change.
 */
public enum ApplicationState {
    DEPLOYING, RUNNING, STOPPED, FAILED, UNKNOWN;

    /** WASMBED's decoder maps every index above 4 to Unknown (cbor.rs, the ApplicationStatus arm). */
    static ApplicationState ofIndex(long index) {
        return index >= 0 && index < values().length ? values()[(int) index] : UNKNOWN;
    }
}
