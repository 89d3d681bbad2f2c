package dev.fleetcast.model.discipline;

import java.util.Objects;

/** Why a device is being reconciled, which decides what the reconcile may do. */
public sealed interface Intent {

    /** Place the device if it has no Running gateway; leave it alone otherwise. */
    Place PLACE = new Place();

    /** Placement: the device is new, or its gateway is gone. */
    record Place() implements Intent {
    }

    /** Failover: the device must leave {@code gateway}, which no policy may pick even if it still looks Running. */
    record Leave(String gateway) implements Intent {
        public Leave {
            Objects.requireNonNull(gateway, "gateway");
        }
    }

    /**
     * Rebalancing: decide afresh for a device on {@code gateway}, its own place not counted
     * there; it moves only if the policy now picks another gateway.
     */
    record Rebalance(String gateway) implements Intent {
        public Rebalance {
            Objects.requireNonNull(gateway, "gateway");
        }
    }
}
