package dev.fleetcast.model.assignment;

import java.util.List;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Power of two choices: two distinct eligible gateways drawn uniformly at random, and the
 * one with fewer believed devices taken (the first drawn on a tie). Random draws per
 * decision: {@code nextInt(n)} then {@code nextInt(n - 1)} for n ≥ 2 eligible gateways;
 * none when only one is eligible.
 *
 * @param capacity whether gateways at maxDevices are skipped
 */
public record PowerOfTwoChoices(CapacityRule capacity) implements AssignmentPolicy {

    public PowerOfTwoChoices {
        Objects.requireNonNull(capacity, "capacity");
    }

    @Override
    public String name() {
        return "power-of-two-choices";
    }

    @Override
    public Assigner startRun(UniformRandomProvider random) {
        Objects.requireNonNull(random, "power-of-two-choices needs a random source");
        return (device, view) -> {
            List<GatewayView> eligible = Eligible.of(view, capacity);
            if (eligible.isEmpty()) {
                return Eligible.none(view);
            }
            if (eligible.size() == 1) {
                return new Decision.Assigned(eligible.get(0).name());
            }
            int first = random.nextInt(eligible.size());
            int second = random.nextInt(eligible.size() - 1);
            if (second >= first) {
                second++; // distinct from the first, uniformly among the rest
            }
            GatewayView a = eligible.get(first);
            GatewayView b = eligible.get(second);
            return new Decision.Assigned(b.believedDevices() < a.believedDevices() ? b.name() : a.name());
        };
    }
}
