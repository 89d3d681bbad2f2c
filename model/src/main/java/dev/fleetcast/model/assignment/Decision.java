package dev.fleetcast.model.assignment;

import java.util.Objects;

/** The outcome of one assignment decision: a gateway, or none with the reason why. */
public sealed interface Decision {

    /** The device goes to {@code gateway}. */
    record Assigned(String gateway) implements Decision {
        public Assigned {
            Objects.requireNonNull(gateway, "gateway");
        }
    }

    /** No gateway can take the device; {@code reason} says why, for people. */
    record NoneAvailable(String reason) implements Decision {
        public NoneAvailable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
