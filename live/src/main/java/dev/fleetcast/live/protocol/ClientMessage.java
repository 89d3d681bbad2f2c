package dev.fleetcast.live.protocol;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Messages a device sends to its gateway: WASMBED's {@code ClientMessage} enum. On the wire each is
 * a CBOR array whose first item is the tag below (cbor.rs, the {@code CLIENT_*} constants), then the
 * variant's fields in order.
 */
public sealed interface ClientMessage {

    /** The wire tag of this variant. */
    int tag();

    /** Tag 0, {@code [0]}: periodic liveness. The gateway answers {@link ServerMessage.HeartbeatAck}. */
    record Heartbeat() implements ClientMessage {
        public int tag() { return 0; }
    }

    /** Tag 1, {@code [1]}: asks to enroll. */
    record EnrollmentRequest() implements ClientMessage {
        public int tag() { return 1; }
    }

    /** Tag 2, {@code [2, bytes]}: the device's public key (DER) during enrollment. */
    record PublicKey(byte[] key) implements ClientMessage {
        public PublicKey {
            key = key.clone();
        }
        public int tag() { return 2; }
        @Override public byte[] key() { return key.clone(); }
        @Override public boolean equals(Object o) {
            return o instanceof PublicKey p && Arrays.equals(key, p.key);
        }
        @Override public int hashCode() { return Arrays.hashCode(key); }
        @Override public String toString() { return "PublicKey[" + key.length + " bytes]"; }
    }

    /** Tag 3, {@code [3]}: the device acknowledges its UUID. */
    record EnrollmentAcknowledgment() implements ClientMessage {
        public int tag() { return 3; }
    }

    /**
     * Tag 4, {@code [4, text, uint, text|null, metrics|null]}. WASMBED writes present metrics as
     * four loose items inside the 5-item array (cbor.rs, the ApplicationStatus encode arm), which
     * is not well-formed CBOR; the codec refuses a present {@code metrics} (see {@link WasmbedCodec}).
     */
    record ApplicationStatus(String appId, ApplicationState status, Optional<String> error,
            Optional<ApplicationMetrics> metrics) implements ClientMessage {
        public ApplicationStatus {
            Objects.requireNonNull(appId, "appId");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(metrics, "metrics");
        }
        public int tag() { return 4; }
    }

    /** Tag 5, {@code [5, text, bool, text|null]}. */
    record ApplicationDeployAck(String appId, boolean success, Optional<String> error) implements ClientMessage {
        public ApplicationDeployAck {
            Objects.requireNonNull(appId, "appId");
            Objects.requireNonNull(error, "error");
        }
        public int tag() { return 5; }
    }

    /** Tag 6, {@code [6, text, bool, text|null]}. */
    record ApplicationStopAck(String appId, boolean success, Optional<String> error) implements ClientMessage {
        public ApplicationStopAck {
            Objects.requireNonNull(appId, "appId");
            Objects.requireNonNull(error, "error");
        }
        public int tag() { return 6; }
    }

    /** Tag 7, {@code [7, uint, text, [text...], uint]}; the u64 values as unsigned longs. */
    record DeviceInfo(long availableMemory, String cpuArch, List<String> wasmFeatures, long maxAppSize)
            implements ClientMessage {
        public DeviceInfo {
            Objects.requireNonNull(cpuArch, "cpuArch");
            wasmFeatures = List.copyOf(wasmFeatures);
        }
        public int tag() { return 7; }
    }

}
