package dev.fleetcast.live.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Messages a gateway sends to a device: WASMBED's {@code ServerMessage} enum. On the wire each is a
 * CBOR array whose first item is the tag below (cbor.rs, the {@code SERVER_*} constants).
 */
public sealed interface ServerMessage {

    /** The wire tag of this variant. */
    int tag();

    /** Tag 0, {@code [0]}. */
    record HeartbeatAck() implements ServerMessage {
        public int tag() { return 0; }
    }

    /** Tag 1, {@code [1]}: the gateway is in pairing mode and takes the enrollment. */
    record EnrollmentAccepted() implements ServerMessage {
        public int tag() { return 1; }
    }

    /** Tag 2, {@code [2, bytes]}: the reason is a byte string (UTF-8 text in WASMBED's gateway). */
    record EnrollmentRejected(byte[] reason) implements ServerMessage {
        public EnrollmentRejected {
            reason = reason.clone();
        }
        public static EnrollmentRejected because(String reason) {
            return new EnrollmentRejected(reason.getBytes(StandardCharsets.UTF_8));
        }
        public int tag() { return 2; }
        @Override public byte[] reason() { return reason.clone(); }
        public String reasonText() { return new String(reason, StandardCharsets.UTF_8); }
        @Override public boolean equals(Object o) {
            return o instanceof EnrollmentRejected r && Arrays.equals(reason, r.reason);
        }
        @Override public int hashCode() { return Arrays.hashCode(reason); }
        @Override public String toString() { return "EnrollmentRejected[" + reasonText() + "]"; }
    }

    /**
     * Tag 3, {@code [3, bytes(16)]}: the UUID as a 16-byte byte string, most significant byte first
     * (WASMBED's {@code DeviceUuid.bytes}, written with {@code e.bytes(&uuid.bytes)}).
     */
    record DeviceUuid(UUID uuid) implements ServerMessage {
        public DeviceUuid {
            Objects.requireNonNull(uuid, "uuid");
        }
        public int tag() { return 3; }
    }

    /** Tag 4, {@code [4]}. */
    record EnrollmentCompleted() implements ServerMessage {
        public int tag() { return 4; }
    }

    /**
     * Tag 5, {@code [5, text, text, bytes, config|null]}. As with ApplicationStatus metrics, WASMBED
     * writes a present config as loose items inside the 5-item array; the codec refuses it.
     */
    record DeployApplication(String appId, String name, byte[] wasmBytes, Optional<ApplicationConfig> config)
            implements ServerMessage {
        public DeployApplication {
            Objects.requireNonNull(appId, "appId");
            Objects.requireNonNull(name, "name");
            wasmBytes = wasmBytes.clone();
            Objects.requireNonNull(config, "config");
        }
        public int tag() { return 5; }
        @Override public byte[] wasmBytes() { return wasmBytes.clone(); }
        @Override public boolean equals(Object o) {
            return o instanceof DeployApplication d && appId.equals(d.appId) && name.equals(d.name)
                    && Arrays.equals(wasmBytes, d.wasmBytes) && config.equals(d.config);
        }
        @Override public int hashCode() { return Objects.hash(appId, name, Arrays.hashCode(wasmBytes), config); }
        @Override public String toString() {
            return "DeployApplication[" + appId + ", " + name + ", " + wasmBytes.length + " bytes, " + config + "]";
        }
    }

    /** Tag 6, {@code [6, text]}. */
    record StopApplication(String appId) implements ServerMessage {
        public StopApplication {
            Objects.requireNonNull(appId, "appId");
        }
        public int tag() { return 6; }
    }

    /** Tag 7, {@code [7]}. */
    record RequestDeviceInfo() implements ServerMessage {
        public int tag() { return 7; }
    }

    /** Tag 8, {@code [8, text|null]}: empty means all applications. */
    record RequestApplicationStatus(Optional<String> appId) implements ServerMessage {
        public RequestApplicationStatus {
            Objects.requireNonNull(appId, "appId");
        }
        public int tag() { return 8; }
    }
}
