package dev.fleetcast.calibration;

/** A quantity could not be fitted (too few or identical samples, and no empirical fallback asked for). */
public final class QuantityNotFittedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    QuantityNotFittedException(String quantity, String reason) {
        super(quantity + ": " + reason);
    }
}
