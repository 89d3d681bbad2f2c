package dev.fleetcast.model.assignment;

import java.util.List;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Round-robin: each decision of a run takes the next eligible gateway in view order after
 * the one the previous decision took. It ignores device counts and draws no random numbers.
 *
 * <p>The cursor remembers the last gateway by name, not by index, so a gateway that stops
 * running or joins between decisions does not make the rotation skip or repeat others.
 *
 * @param capacity whether gateways at maxDevices are skipped
 */
public record RoundRobin(CapacityRule capacity) implements AssignmentPolicy {

    public RoundRobin {
        Objects.requireNonNull(capacity, "capacity");
    }

    /** Round-robin ignoring maxDevices. */
    public RoundRobin() {
        this(CapacityRule.IGNORE_MAX_DEVICES);
    }

    @Override
    public String name() {
        return "round-robin";
    }

    @Override
    public Assigner startRun(UniformRandomProvider random) {
        return new Cursor();
    }

    /** The per-run cursor: the name of the gateway the previous decision took. */
    private final class Cursor implements Assigner {
        private String previous;

        @Override
        public Decision decide(DeviceRef device, FleetView view) {
            List<GatewayView> all = view.gateways();
            int start = indexOf(all, previous) + 1; // 0 when there was no previous
            for (int step = 0; step < all.size(); step++) {
                GatewayView candidate = all.get((start + step) % all.size());
                if (capacity.eligible(candidate)) {
                    previous = candidate.name();
                    return new Decision.Assigned(candidate.name());
                }
            }
            return Eligible.none(view);
        }

        private int indexOf(List<GatewayView> gateways, String name) {
            for (int i = 0; i < gateways.size(); i++) {
                if (gateways.get(i).name().equals(name)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
