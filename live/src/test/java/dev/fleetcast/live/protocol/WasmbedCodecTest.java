package dev.fleetcast.live.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * Byte-level examples, each derived by hand from the source's encoding rules in
 * lucadagati/retrospect (paths relative to crates/wasmbed-protocol/src/):
 * <ul>
 * <li>envelope = {@code 0x83} (array of 3: lib.rs, struct Envelope, derive without
 * {@code #[cbor(map)]}, fields n(0), n(1), n(2)), then the version {@code 0x00} (lib.rs, enum
 * Version, {@code #[cbor(index_only)]}, V0 = n(0)), then the message id as a bare shortest-form
 * unsigned integer (lib.rs, {@code #[cbor(transparent)] struct MessageId(u32)});</li>
 * <li>then the message as cbor.rs writes it: {@code e.array(k)?.u32(TAG)} and the fields (the
 * line numbers below are cbor.rs's at the mirrored HEAD).</li>
 * </ul>
 * CBOR heads (RFC 8949 §3): 0x00-0x17 small uint, 0x18 nn one-byte uint, 0x19 two-byte,
 * 0x1a four-byte; 0x40+n byte string, 0x60+n text, 0x80+n array; 0xf4/0xf5 false/true, 0xf6 null.
 */
class WasmbedCodecTest {

    private final WasmbedCodec codec = new WasmbedCodec();

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    private void pinClient(String hex, long id, ClientMessage message) {
        assertThat(HexFormat.of().formatHex(codec.encodeClient(new Envelope<>(id, message))))
                .isEqualTo(hex.replace(" ", ""));
        assertThat(codec.decodeClient(hex(hex))).isEqualTo(new Envelope<>(id, message));
    }

    private void pinServer(String hex, long id, ServerMessage message) {
        assertThat(HexFormat.of().formatHex(codec.encodeServer(new Envelope<>(id, message))))
                .isEqualTo(hex.replace(" ", ""));
        assertThat(codec.decodeServer(hex(hex))).isEqualTo(new Envelope<>(id, message));
    }

    @Test
    void heartbeatIsArrayOfTagZero() {
        // cbor.rs l.15 CLIENT_HEARTBEAT = 0; l.64 e.array(1)?.u32(CLIENT_HEARTBEAT)
        pinClient("83 00 00 81 00", 0, new ClientMessage.Heartbeat());
    }

    @Test
    void enrollmentRequest() {
        // cbor.rs l.16 CLIENT_ENROLLMENT_REQUEST = 1; l.67 e.array(1)?.u32(1); message id 1
        pinClient("83 00 01 81 01", 1, new ClientMessage.EnrollmentRequest());
    }

    @Test
    void publicKeyIsAByteStringNotAnArrayOfU8() {
        // cbor.rs l.17 CLIENT_PUBLIC_KEY = 2; l.70 e.array(2)?.u32(2)?.bytes(key): 0x43 = bytes(3)
        pinClient("83 00 02 82 02 43 01 02 03", 2, new ClientMessage.PublicKey(new byte[] {1, 2, 3}));
    }

    @Test
    void enrollmentAcknowledgmentAndTheOneByteIdBoundary() {
        // cbor.rs l.18 CLIENT_ENROLLMENT_ACKNOWLEDGMENT = 3; l.73 e.array(1)?.u32(3)
        // id 23 fits the head (0x17); id 24 needs 0x18 0x18 (minicbor writes the shortest form)
        pinClient("83 00 17 81 03", 23, new ClientMessage.EnrollmentAcknowledgment());
        pinClient("83 00 18 18 81 03", 24, new ClientMessage.EnrollmentAcknowledgment());
    }

    @Test
    void heartbeatAckWithTheLargestMessageId() {
        // cbor.rs l.25 SERVER_HEARTBEAT_ACK = 0; l.254 e.array(1)?.u32(0); id u32::MAX = 0x1a ffffffff
        pinServer("83 00 1a ffffffff 81 00", 0xFFFF_FFFFL, new ServerMessage.HeartbeatAck());
    }

    @Test
    void enrollmentAccepted() {
        // cbor.rs l.26 SERVER_ENROLLMENT_ACCEPTED = 1; l.257 e.array(1)?.u32(1)
        pinServer("83 00 05 81 01", 5, new ServerMessage.EnrollmentAccepted());
    }

    @Test
    void enrollmentRejectedReasonIsBytes() {
        // cbor.rs l.27 SERVER_ENROLLMENT_REJECTED = 2; l.260 e.array(2)?.u32(2)?.bytes(reason): "no" = 0x42 6e 6f
        pinServer("83 00 01 82 02 42 6e6f", 1, ServerMessage.EnrollmentRejected.because("no"));
    }

    @Test
    void deviceUuidIsSixteenRawBytes() {
        // cbor.rs l.28 SERVER_DEVICE_UUID = 3; l.263 e.array(2)?.u32(3)?.bytes(&uuid.bytes): 0x50 = bytes(16).
        // The bytes are lib.rs's own test UUID (test_device_uuid_to_string), most significant byte first.
        pinServer("83 00 03 82 03 50 123456789abcdef01122334455667788", 3,
                new ServerMessage.DeviceUuid(UUID.fromString("12345678-9abc-def0-1122-334455667788")));
    }

    @Test
    void enrollmentCompletedWithAFourByteId() {
        // cbor.rs l.29 SERVER_ENROLLMENT_COMPLETED = 4; l.266 e.array(1)?.u32(4); id 65536 = 0x1a 00010000
        pinServer("83 00 1a 00010000 81 04", 65536, new ServerMessage.EnrollmentCompleted());
    }

    @Test
    void applicationDeployAckWithoutError() {
        // cbor.rs l.20 tag 5; l.89-94 e.array(4)?.u32(5)?.str("a")?.bool(true)? then null
        pinClient("83 00 00 84 05 61 61 f5 f6", 0, new ClientMessage.ApplicationDeployAck("a", true, Optional.empty()));
    }

    @Test
    void applicationStopAckWithError() {
        // cbor.rs l.21 tag 6; l.97-102 e.array(4)?.u32(6)?.str("a")?.bool(false)?.str("x")
        pinClient("83 00 00 84 06 61 61 f4 61 78", 0, new ClientMessage.ApplicationStopAck("a", false, Optional.of("x")));
    }

    @Test
    void applicationStatusWithoutMetrics() {
        // cbor.rs l.19 tag 4; l.76-86 e.array(5)?.u32(4)?.str("a")?.u32(Running = 1)? null (error) null (metrics)
        pinClient("83 00 00 85 04 61 61 01 f6 f6", 0,
                new ClientMessage.ApplicationStatus("a", ApplicationState.RUNNING, Optional.empty(), Optional.empty()));
    }

    @Test
    void deviceInfo() {
        // cbor.rs l.22 tag 7; l.105-110 e.array(5)?.u32(7)?.u64(1000)?.str("arm")? array(1) "simd" u64(65536)
        pinClient("83 00 00 85 07 1903e8 63 61726d 81 64 73696d64 1a00010000", 0,
                new ClientMessage.DeviceInfo(1000, "arm", List.of("simd"), 65536));
    }

    @Test
    void serverApplicationMessages() {
        // cbor.rs l.30, l.269-281 with config None: e.array(5)?.u32(5)?.str("a")?.str("n")?.bytes([0])? null
        pinServer("83 00 00 85 05 61 61 61 6e 41 00 f6", 0,
                new ServerMessage.DeployApplication("a", "n", new byte[] {0}, Optional.empty()));
        // cbor.rs l.31, l.285 e.array(2)?.u32(6)?.str("a")
        pinServer("83 00 00 82 06 61 61", 0, new ServerMessage.StopApplication("a"));
        // cbor.rs l.32, l.288 e.array(1)?.u32(7)
        pinServer("83 00 00 81 07", 0, new ServerMessage.RequestDeviceInfo());
        // cbor.rs l.33, l.291-296 e.array(2)?.u32(8)? then null or str
        pinServer("83 00 00 82 08 f6", 0, new ServerMessage.RequestApplicationStatus(Optional.empty()));
        pinServer("83 00 00 82 08 61 61", 0, new ServerMessage.RequestApplicationStatus(Optional.of("a")));
    }

    @Test
    void statusIndicesAboveFourDecodeAsUnknown() {
        // cbor.rs, the ApplicationStatus decode arm: `_ => ApplicationStatus::Unknown`
        var m = (ClientMessage.ApplicationStatus) codec.decodeClient(hex("83 00 00 85 04 61 61 09 f6 f6")).message();
        assertThat(m.status()).isEqualTo(ApplicationState.UNKNOWN);
    }

    @Test
    void envelopeAcceptsIndefiniteArrayAndSkipsExtraItemsAsMinicborDeriveDoes() {
        assertThat(codec.decodeClient(hex("9f 00 07 81 00 ff")))
                .isEqualTo(new Envelope<>(7, new ClientMessage.Heartbeat()));
        assertThat(codec.decodeClient(hex("84 00 07 81 00 82 01 02")))
                .isEqualTo(new Envelope<>(7, new ClientMessage.Heartbeat()));
    }

    @Test
    void malformedInputIsRefusedWithAReason() {
        assertRefused("", "empty");
        assertRefused("82 00 00", "array of 2 items, needs 3");
        assertRefused("83 01 00 81 00", "unknown protocol version 1");
        assertRefused("83 00 20 81 00", "message_id = -1 is not an unsigned"); // 0x20 = -1
        assertRefused("83 00 00 81 09", "unknown ClientMessage tag 9");
        assertRefused("83 00 00 82 00 00", "tag 0 needs an array of 1 items, found 2");
        assertRefused("83 00 00 9f 00 ff", "indefinite-length");
        assertRefused("83 00 00 82 02 63 616263", "PublicKey.key must be a byte string");
        assertRefused("83 00 00 81", "not valid CBOR");                  // truncated
        assertRefused("83 00 00 81 00 00", "trailing data");
        assertRefused("83 00 1b 0000000100000000 81 00", "does not fit an unsigned 32-bit");
        assertRefused("83 00 00 82 02 5a ffffffff", "not valid CBOR"); // byte string claims 4 GiB
        assertRefused("83 00 00 a0", "message must be an array");
        assertRefused("83 00 c1 00 81 00", "CBOR tag 1");
        assertThatThrownBy(() -> codec.decodeServer(hex("83 00 00 82 03 43 010203")))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("3 bytes, expected 16");
    }

    @Test
    void wasmbedsInlineMetricsAndConfigAreAnExplicitGap() {
        // cbor.rs l.82-83: present metrics are four loose items after the error, under array(5)
        assertRefused("83 00 00 85 04 61 61 01 f6 00", "metrics is not supported");
        var withMetrics = new ClientMessage.ApplicationStatus("a", ApplicationState.RUNNING, Optional.empty(),
                Optional.of(new ApplicationMetrics(1, 0.5f, 2, 3)));
        assertThatThrownBy(() -> codec.encodeClient(new Envelope<>(0, withMetrics)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not well-formed CBOR");
    }

    @Test
    void u64FieldsUseTheFullUnsignedRange() {
        var info = new ClientMessage.DeviceInfo(-1L, "x", List.of(), Long.MIN_VALUE); // 2^64-1 and 2^63
        byte[] bytes = codec.encodeClient(new Envelope<>(0, info));
        assertThat(HexFormat.of().formatHex(bytes)).contains("1bffffffffffffffff").contains("1b8000000000000000");
        assertThat(codec.decodeClient(bytes).message()).isEqualTo(info);
    }

    private void assertRefused(String hex, String reason) {
        assertThatThrownBy(() -> codec.decodeClient(hex(hex)))
                .as(hex).isInstanceOf(MalformedMessageException.class).hasMessageContaining(reason);
    }
}
