package dev.fleetcast.model.scaling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which replicas a scale-in removes, in order: those the scaler named first (in its order),
 * then those not ready, then the newest — as a ReplicaSet ranks its pods for deletion, so
 * that a replica still starting goes before one that serves.
 */
public final class DeletionOrder {

    /** A replica as the ranking sees it. */
    public record Candidate(String name, boolean ready, long startedNanos) {
    }

    private DeletionOrder() {
    }

    /** {@code candidates} ranked for deletion, first to go first. */
    public static List<Candidate> rank(List<Candidate> candidates, List<String> namedFirst) {
        List<Candidate> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.<Candidate>comparingInt(c -> {
            int named = namedFirst.indexOf(c.name());
            return named >= 0 ? named : Integer.MAX_VALUE;
        }).thenComparing(Candidate::ready)
                .thenComparing(Comparator.comparingLong(Candidate::startedNanos).reversed())
                .thenComparing(Candidate::name, Comparator.reverseOrder()));
        return ranked;
    }
}
