package dev.fleetcast.model.assignment;

import java.util.List;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * WASMBED's controller since November 2025: the device's spec.preferredGateway when that
 * gateway is eligible; otherwise the eligible gateway at index hash(device name) mod (number
 * of eligible gateways), in view order. The hash is Rust's {@code DefaultHasher} over the
 * name ({@link SipHash13}), as WASMBED computes it, taken as an unsigned 64-bit number.
 * Because the modulus is the number of eligible gateways, a gateway joining or leaving moves
 * most devices.
 *
 * @param capacity whether gateways at maxDevices are skipped (WASMBED ignores maxDevices)
 */
public record PreferredHashModN(CapacityRule capacity) implements AssignmentPolicy {

    public PreferredHashModN {
        Objects.requireNonNull(capacity, "capacity");
    }

    @Override
    public String name() {
        return "preferred-hash-mod-n";
    }

    @Override
    public Assigner startRun(UniformRandomProvider random) {
        return (device, view) -> {
            List<GatewayView> eligible = Eligible.of(view, capacity);
            if (eligible.isEmpty()) {
                return Eligible.none(view);
            }
            if (!device.preferredGateway().isEmpty()) {
                for (GatewayView gateway : eligible) {
                    if (gateway.name().equals(device.preferredGateway())) {
                        return new Decision.Assigned(gateway.name());
                    }
                }
            }
            long hash = SipHash13.ofRustString(device.name());
            int index = (int) Long.remainderUnsigned(hash, eligible.size());
            return new Decision.Assigned(eligible.get(index).name());
        };
    }
}
