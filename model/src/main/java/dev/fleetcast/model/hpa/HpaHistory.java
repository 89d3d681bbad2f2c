package dev.fleetcast.model.hpa;

import java.util.ArrayList;
import java.util.List;

/**
 * What the HPA controller remembers between reconciles, in memory: its recent unstabilized
 * recommendations and, when the HPA has a behavior, its recent scale events. Kubernetes does
 * not persist these, so a restarted controller starts empty. Order matters: the controller
 * overwrites the <em>last</em> outdated entry.
 *
 * <p>Times are nanoseconds relative to the reconcile the history is given to. A decision
 * returns its history relative to its own reconcile; {@link #seenFrom} re-bases it on a
 * later one.
 *
 * @param recommendations recommendations, in the controller's order
 * @param scaleUpEvents scale-up events, in the controller's order
 * @param scaleDownEvents scale-down events, in the controller's order
 */
public record HpaHistory(List<Recommendation> recommendations, List<ScaleEvent> scaleUpEvents,
        List<ScaleEvent> scaleDownEvents) {

    /** A fresh controller's memory. */
    public static final HpaHistory EMPTY = new HpaHistory(List.of(), List.of(), List.of());

    /**
     * A recommendation: the replica count the metrics proposed at a reconcile, before
     * stabilization and limits (so possibly below minReplicas).
     */
    public record Recommendation(int replicas, long timeNanos) {
    }

    /**
     * A successful rescale: by how many replicas ({@code replicaChange}, at least 0) and when.
     * {@code outdated} marks an event older than the direction's longest policy period, whose
     * slot the next event of that direction may reuse.
     */
    public record ScaleEvent(int replicaChange, long timeNanos, boolean outdated) {
        public ScaleEvent {
            if (replicaChange < 0) {
                throw new IllegalArgumentException("a scale event's replica change is a magnitude, was " + replicaChange);
            }
        }
    }

    public HpaHistory {
        recommendations = List.copyOf(recommendations);
        scaleUpEvents = List.copyOf(scaleUpEvents);
        scaleDownEvents = List.copyOf(scaleDownEvents);
    }

    /**
     * This history as a reconcile {@code laterByNanos} later sees it: every time moves
     * {@code laterByNanos} into the past. Chaining: feed {@code decision.history().seenFrom(syncPeriod)}
     * to the next reconcile.
     */
    public HpaHistory seenFrom(long laterByNanos) {
        if (laterByNanos < 0) {
            throw new IllegalArgumentException("a later reconcile cannot be earlier: " + laterByNanos + " ns");
        }
        List<Recommendation> recs = new ArrayList<>();
        for (Recommendation r : recommendations) {
            recs.add(new Recommendation(r.replicas(), Math.subtractExact(r.timeNanos(), laterByNanos)));
        }
        return new HpaHistory(recs, shift(scaleUpEvents, laterByNanos), shift(scaleDownEvents, laterByNanos));
    }

    private static List<ScaleEvent> shift(List<ScaleEvent> events, long by) {
        List<ScaleEvent> shifted = new ArrayList<>();
        for (ScaleEvent e : events) {
            shifted.add(new ScaleEvent(e.replicaChange(), Math.subtractExact(e.timeNanos(), by), e.outdated()));
        }
        return shifted;
    }
}
