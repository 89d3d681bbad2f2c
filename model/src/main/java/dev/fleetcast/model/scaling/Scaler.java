package dev.fleetcast.model.scaling;

/**
 * A scaling rule, as configured: immutable, shareable between runs. Each run starts its own
 * {@link Autoscaler}, which keeps what the rule must remember between evaluations.
 */
public interface Scaler {

    /** The name used in files and reports. */
    String name();

    /** How often the scaler evaluates, in nanoseconds. */
    long periodNanos();

    /** A fresh autoscaler for one run, remembering nothing yet. */
    Autoscaler startRun();
}
