package dev.fleetcast.model.rebalance;

/**
 * How much rebalancing a controller may do: at most {@code maxMoves} devices every
 * {@code intervalNanos}, so that a new gateway does not cause a thundering herd.
 *
 * @param maxMoves devices moved per interval, at least 1
 * @param intervalNanos how often the controller plans moves, positive
 */
public record MoveBudget(int maxMoves, long intervalNanos) {

    public MoveBudget {
        if (maxMoves < 1) {
            throw new IllegalArgumentException("rebalance: maxMoves must be at least 1, was " + maxMoves);
        }
        if (intervalNanos < 1) {
            throw new IllegalArgumentException("rebalance: interval must be positive, was " + intervalNanos + " ns");
        }
    }
}
