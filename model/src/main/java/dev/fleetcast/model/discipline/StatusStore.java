package dev.fleetcast.model.discipline;

import java.util.function.Consumer;

/**
 * The status store port: what an assignment discipline reads and writes. The simulator
 * implements it over its simulated API server (each call completes after a simulated
 * latency), the live controller over fabric8 (each call completes when the API server
 * answers). A discipline is written once, against this port.
 *
 * <p>Every call is asynchronous: it returns at once and later calls its continuation
 * exactly once. Implementations call continuations on the thread that serialises the
 * controller's work (the engine's thread in sim).
 */
public interface StatusStore {

    /** The {@code expectedVersion} that means "no precondition": a merge patch, last writer wins. */
    long ANY_VERSION = -1;

    /**
     * Reads the fleet as this controller can see it — from its informer cache or a fresh
     * LIST, as the store is configured — together with the reconciled device's
     * resourceVersion and the gateways' device counters.
     */
    void read(String device, Consumer<StoreView> then);

    /**
     * Sets {@code device}'s status.gateway to {@code gateway} (and its phase to Enrolling).
     *
     * @param expectedVersion the device's resourceVersion this write requires, or
     *     {@link #ANY_VERSION} for a write without one
     */
    void writeAssignment(String device, String gateway, long expectedVersion, Consumer<WriteResult> then);

    /**
     * Sets {@code gateway}'s device counter to {@code value} if the counter's version is
     * still {@code expectedVersion} (compare-and-set).
     */
    void writeCounter(String gateway, int value, long expectedVersion, Consumer<WriteResult> then);
}
