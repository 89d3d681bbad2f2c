package dev.fleetcast.model.hpa;

/**
 * A metric that yields no proposal, with the controller's error text. Internal to the
 * calculation: it becomes a {@link MetricOutcome.Failed}. Carries no stack trace: it is an
 * outcome, not a bug.
 */
final class MetricUnavailable extends Exception {

    private static final long serialVersionUID = 1L;

    MetricUnavailable(String message) {
        super(message, null, false, false);
    }
}
