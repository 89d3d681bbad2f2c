package dev.fleetcast.model.assignment;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Round-robin: the n-th decision of a run takes the next Running gateway in view order
 * after the one the previous decision took. It ignores device counts and draws no random
 * numbers.
 *
 * <p>The cursor remembers the last gateway by name, not by index, so a gateway that stops
 * running or joins between decisions does not make the rotation skip or repeat others.
 */
public record RoundRobin() implements AssignmentPolicy {

    @Override
    public String name() {
        return "round-robin";
    }

    @Override
    public Assigner startRun(UniformRandomProvider random) {
        return new Cursor();
    }

    /** The per-run cursor: the name of the gateway the previous decision took. */
    private static final class Cursor implements Assigner {
        private String previous;

        @Override
        public Decision decide(DeviceRef device, FleetView view) {
            List<GatewayView> all = view.gateways();
            if (view.running().isEmpty()) {
                return new Decision.NoneAvailable("no gateway is Running (" + all.size() + " seen)");
            }
            int start = indexOf(all, previous) + 1; // 0 when there was no previous
            for (int step = 0; step < all.size(); step++) {
                GatewayView candidate = all.get((start + step) % all.size());
                if (candidate.running()) {
                    previous = candidate.name();
                    return new Decision.Assigned(candidate.name());
                }
            }
            throw new AssertionError("unreachable: a Running gateway exists");
        }

        private static int indexOf(List<GatewayView> gateways, String name) {
            for (int i = 0; i < gateways.size(); i++) {
                if (gateways.get(i).name().equals(name)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
