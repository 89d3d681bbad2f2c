package dev.fleetcast.live.protocol;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.nio.ByteBuffer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.cbor.CBORFactory;
import tools.jackson.dataformat.cbor.CBORGenerator;
import tools.jackson.dataformat.cbor.CBORParser;
import tools.jackson.dataformat.cbor.CBORReadContext;
import tools.jackson.dataformat.cbor.CBORWriteFeature;

/**
 * Encodes and decodes WASMBED envelopes exactly as {@code crates/wasmbed-protocol} does with
 * minicbor 1.0. The rules, and where they come from:
 * <ul>
 * <li>{@code Envelope} derives Encode/Decode without {@code #[cbor(map)]}, so it is a CBOR array
 * indexed by its {@code n(..)} attributes: {@code [version, message_id, message]} (lib.rs, struct
 * Envelope). minicbor-derive decodes such an array of any length, definite or not, and skips
 * items past the last known index; so does this codec. A missing item is an error.</li>
 * <li>{@code Version} is {@code #[cbor(index_only)]}: just the unsigned index, V0 = {@code 0x00}.</li>
 * <li>{@code MessageId} is {@code #[cbor(transparent)]} over u32: a bare unsigned integer in its
 * shortest form (minicbor's encoder always writes the shortest form).</li>
 * <li>The messages have hand-written impls (cbor.rs): a definite-length array, tag first, fields in
 * order; byte fields with {@code e.bytes(..)} (major type 2, not an array of u8), strings with
 * {@code e.str}, options as the value or {@code null}. The decoder refuses an indefinite message
 * array, an unknown tag and a length that does not match the tag.</li>
 * <li>{@code DeviceUuid} is written as a 16-byte byte string ({@code e.bytes(&uuid.bytes)}), not as
 * the derived struct encoding; any other length is refused. (Had the derive been used, minicbor
 * 1.0 would write {@code [u8; 16]} and {@code Vec<u8>} without {@code #[cbor(with =
 * "minicbor::bytes")]} as arrays of small integers, {@code [[0x12, 0x34, ...]]}; cbor.rs never
 * does, every byte field goes through {@code e.bytes}.)</li>
 * </ul>
 * Known gap: WASMBED writes a present {@code ApplicationStatus.metrics} and a present
 * {@code DeployApplication.config} as loose items inside the 5-item array (8 items under a header
 * that says 5), which is not well-formed CBOR; this codec refuses both in either direction with a
 * message saying so. Everything else WASMBED defines round-trips.
 *
 * <p>Beyond WASMBED, decoding refuses trailing bytes after the envelope (a frame carries exactly one
 * envelope) and any CBOR tag. Immutable and thread-safe.
 */
public final class WasmbedCodec {

    private static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private final CBORFactory factory = CBORFactory.builder()
            .enable(CBORWriteFeature.WRITE_MINIMAL_INTS)
            .build();

    // ---------------------------------------------------------------- encoding

    public byte[] encodeClient(Envelope<ClientMessage> envelope) {
        return encode(envelope.messageId(), g -> writeClient(g, envelope.message()));
    }

    public byte[] encodeServer(Envelope<ServerMessage> envelope) {
        return encode(envelope.messageId(), g -> writeServer(g, envelope.message()));
    }

    private interface Body {
        void write(JsonGenerator g);
    }

    private byte[] encode(long messageId, Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32);
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.writeStartArray(null, 3);
            g.writeNumber(0); // Version::V0, index_only
            g.writeNumber(messageId); // MessageId, transparent u32
            body.write(g);
            g.writeEndArray();
        } catch (JacksonException e) {
            throw new IllegalStateException("CBOR encoding failed: " + e.getOriginalMessage(), e);
        }
        return out.toByteArray();
    }

    private static void writeClient(JsonGenerator g, ClientMessage message) {
        if (message instanceof ClientMessage.PublicKey m) {
            start(g, m.tag(), 2);
            g.writeBinary(m.key());
        } else if (message instanceof ClientMessage.ApplicationStatus m) {
            if (m.metrics().isPresent()) {
                throw new IllegalArgumentException(inlineGap("ApplicationStatus", "metrics"));
            }
            start(g, m.tag(), 5);
            g.writeString(m.appId());
            g.writeNumber(m.status().ordinal());
            writeOptional(g, m.error());
            g.writeNull();
        } else if (message instanceof ClientMessage.ApplicationDeployAck m) {
            start(g, m.tag(), 4);
            g.writeString(m.appId());
            g.writeBoolean(m.success());
            writeOptional(g, m.error());
        } else if (message instanceof ClientMessage.ApplicationStopAck m) {
            start(g, m.tag(), 4);
            g.writeString(m.appId());
            g.writeBoolean(m.success());
            writeOptional(g, m.error());
        } else if (message instanceof ClientMessage.DeviceInfo m) {
            start(g, m.tag(), 5);
            ((CBORGenerator) g).writeNumberUnsigned(m.availableMemory());
            g.writeString(m.cpuArch());
            g.writeStartArray(null, m.wasmFeatures().size());
            for (String feature : m.wasmFeatures()) {
                g.writeString(feature);
            }
            g.writeEndArray();
            ((CBORGenerator) g).writeNumberUnsigned(m.maxAppSize());
        } else {
            // Heartbeat, EnrollmentRequest, EnrollmentAcknowledgment: [tag]
            start(g, message.tag(), 1);
        }
        g.writeEndArray();
    }

    private static void writeServer(JsonGenerator g, ServerMessage message) {
        if (message instanceof ServerMessage.EnrollmentRejected m) {
            start(g, m.tag(), 2);
            g.writeBinary(m.reason());
        } else if (message instanceof ServerMessage.DeviceUuid m) {
            start(g, m.tag(), 2);
            g.writeBinary(uuidBytes(m.uuid()));
        } else if (message instanceof ServerMessage.DeployApplication m) {
            if (m.config().isPresent()) {
                throw new IllegalArgumentException(inlineGap("DeployApplication", "config"));
            }
            start(g, m.tag(), 5);
            g.writeString(m.appId());
            g.writeString(m.name());
            g.writeBinary(m.wasmBytes());
            g.writeNull();
        } else if (message instanceof ServerMessage.StopApplication m) {
            start(g, m.tag(), 2);
            g.writeString(m.appId());
        } else if (message instanceof ServerMessage.RequestApplicationStatus m) {
            start(g, m.tag(), 2);
            writeOptional(g, m.appId());
        } else {
            // HeartbeatAck, EnrollmentAccepted, EnrollmentCompleted, RequestDeviceInfo: [tag]
            start(g, message.tag(), 1);
        }
        g.writeEndArray();
    }

    private static void start(JsonGenerator g, int tag, int length) {
        g.writeStartArray(null, length);
        g.writeNumber(tag);
    }

    private static void writeOptional(JsonGenerator g, Optional<String> value) {
        if (value.isPresent()) {
            g.writeString(value.get());
        } else {
            g.writeNull();
        }
    }

    static byte[] uuidBytes(UUID uuid) {
        return ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits()).array();
    }

    private static String inlineGap(String variant, String field) {
        return variant + " with a present " + field + " is not supported: WASMBED's cbor.rs writes it as"
                + " loose items inside a 5-item array (8 items under a header of 5), which is not"
                + " well-formed CBOR; send it with " + field + " absent";
    }

    // ---------------------------------------------------------------- decoding

    public Envelope<ClientMessage> decodeClient(byte[] bytes) {
        return decode(bytes, "client", this::readClient);
    }

    public Envelope<ServerMessage> decodeServer(byte[] bytes) {
        return decode(bytes, "server", this::readServer);
    }

    private interface Reader<M> {
        M read(Cursor c);
    }

    private <M> Envelope<M> decode(byte[] bytes, String side, Reader<M> reader) {
        if (bytes.length == 0) {
            throw new MalformedMessageException("empty " + side + " envelope: no CBOR data");
        }
        try (JsonParser p = factory.createParser(bytes)) {
            Cursor c = new Cursor((CBORParser) p, side + " envelope");
            c.expect(JsonToken.START_ARRAY, "an array [version, message_id, message]");
            int length = c.arrayLength(); // -1: indefinite, which minicbor-derive accepts here
            if (length >= 0 && length < 3) {
                throw new MalformedMessageException(side + " envelope: array of " + length
                        + " items, needs 3 (version, message_id, message)");
            }
            c.next("version");
            long version = c.u32("version");
            if (version != 0) {
                throw new MalformedMessageException(side + " envelope: unknown protocol version " + version
                        + " (WASMBED defines only V0 = 0)");
            }
            c.next("message_id");
            long id = c.u32("message_id");
            c.next("message");
            M message = reader.read(c);
            // minicbor-derive skips items after the last known index
            JsonToken t = c.p.nextToken();
            while (t != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw new MalformedMessageException(side + " envelope: truncated, the array is not closed");
                }
                c.p.skipChildren();
                t = c.p.nextToken();
            }
            JsonToken trailing = c.p.nextToken();
            if (trailing != null) {
                throw new MalformedMessageException(side + " envelope: trailing data after the envelope (at byte "
                        + c.p.currentTokenLocation().getByteOffset() + " of " + bytes.length + ")");
            }
            return new Envelope<>(id, message);
        } catch (JacksonException e) {
            throw new MalformedMessageException(side + " envelope is not valid CBOR: " + e.getOriginalMessage(), e);
        }
    }

    private ClientMessage readClient(Cursor c) {
        int length = c.messageStart();
        long tag = c.u32Item("tag");
        ClientMessage m;
        if (tag == 0 && length == 1) {
            m = new ClientMessage.Heartbeat();
        } else if (tag == 1 && length == 1) {
            m = new ClientMessage.EnrollmentRequest();
        } else if (tag == 2 && length == 2) {
            m = new ClientMessage.PublicKey(c.bytesItem("PublicKey.key"));
        } else if (tag == 3 && length == 1) {
            m = new ClientMessage.EnrollmentAcknowledgment();
        } else if (tag == 4 && length == 5) {
            String appId = c.strItem("ApplicationStatus.app_id");
            ApplicationState status = ApplicationState.ofIndex(c.u32Item("ApplicationStatus.status"));
            Optional<String> error = c.optionalStrItem("ApplicationStatus.error");
            c.next("ApplicationStatus.metrics");
            if (c.p.currentToken() != JsonToken.VALUE_NULL) {
                throw new MalformedMessageException(inlineGap("ApplicationStatus", "metrics"));
            }
            m = new ClientMessage.ApplicationStatus(appId, status, error, Optional.empty());
        } else if ((tag == 5 || tag == 6) && length == 4) {
            String what = tag == 5 ? "ApplicationDeployAck" : "ApplicationStopAck";
            String appId = c.strItem(what + ".app_id");
            boolean success = c.boolItem(what + ".success");
            Optional<String> error = c.optionalStrItem(what + ".error");
            m = tag == 5 ? new ClientMessage.ApplicationDeployAck(appId, success, error)
                    : new ClientMessage.ApplicationStopAck(appId, success, error);
        } else if (tag == 7 && length == 5) {
            long memory = c.u64Item("DeviceInfo.available_memory");
            String arch = c.strItem("DeviceInfo.cpu_arch");
            c.next("DeviceInfo.wasm_features");
            c.expect(JsonToken.START_ARRAY, "an array of strings");
            if (c.arrayLength() < 0) {
                throw new MalformedMessageException(c.where + ": DeviceInfo.wasm_features is an indefinite-length array");
            }
            List<String> features = new ArrayList<>();
            while (c.p.nextToken() != JsonToken.END_ARRAY) {
                features.add(c.str("DeviceInfo.wasm_features[" + features.size() + "]"));
            }
            long maxApp = c.u64Item("DeviceInfo.max_app_size");
            m = new ClientMessage.DeviceInfo(memory, arch, features, maxApp);
        } else {
            throw c.badTagOrLength(tag, length, CLIENT_LENGTHS, "ClientMessage");
        }
        c.messageEnd();
        return m;
    }

    private ServerMessage readServer(Cursor c) {
        int length = c.messageStart();
        long tag = c.u32Item("tag");
        ServerMessage m;
        if (tag == 0 && length == 1) {
            m = new ServerMessage.HeartbeatAck();
        } else if (tag == 1 && length == 1) {
            m = new ServerMessage.EnrollmentAccepted();
        } else if (tag == 2 && length == 2) {
            m = new ServerMessage.EnrollmentRejected(c.bytesItem("EnrollmentRejected.reason"));
        } else if (tag == 3 && length == 2) {
            byte[] uuid = c.bytesItem("DeviceUuid.uuid");
            if (uuid.length != 16) {
                throw new MalformedMessageException(c.where + ": DeviceUuid.uuid has " + uuid.length
                        + " bytes, expected 16");
            }
            ByteBuffer b = ByteBuffer.wrap(uuid);
            m = new ServerMessage.DeviceUuid(new UUID(b.getLong(), b.getLong()));
        } else if (tag == 4 && length == 1) {
            m = new ServerMessage.EnrollmentCompleted();
        } else if (tag == 5 && length == 5) {
            String appId = c.strItem("DeployApplication.app_id");
            String name = c.strItem("DeployApplication.name");
            byte[] wasm = c.bytesItem("DeployApplication.wasm_bytes");
            c.next("DeployApplication.config");
            if (c.p.currentToken() != JsonToken.VALUE_NULL) {
                throw new MalformedMessageException(inlineGap("DeployApplication", "config"));
            }
            m = new ServerMessage.DeployApplication(appId, name, wasm, Optional.empty());
        } else if (tag == 6 && length == 2) {
            m = new ServerMessage.StopApplication(c.strItem("StopApplication.app_id"));
        } else if (tag == 7 && length == 1) {
            m = new ServerMessage.RequestDeviceInfo();
        } else if (tag == 8 && length == 2) {
            m = new ServerMessage.RequestApplicationStatus(c.optionalStrItem("RequestApplicationStatus.app_id"));
        } else {
            throw c.badTagOrLength(tag, length, SERVER_LENGTHS, "ServerMessage");
        }
        c.messageEnd();
        return m;
    }

    /** Array length per tag, from cbor.rs's encode arms. */
    private static final int[] CLIENT_LENGTHS = {1, 1, 2, 1, 5, 4, 4, 5};
    private static final int[] SERVER_LENGTHS = {1, 1, 2, 2, 1, 5, 2, 1, 2};

    /** A parser plus the place, for messages that say where the bytes went wrong. */
    private static final class Cursor {
        final CBORParser p;
        final String where;

        Cursor(CBORParser p, String where) {
            this.p = p;
            this.where = where;
        }

        void next(String field) {
            JsonToken t = p.nextToken();
            if (t == null || t == JsonToken.END_ARRAY) {
                throw new MalformedMessageException(where + ": " + field + " is missing");
            }
            if (p.getCurrentTag() >= 0) {
                throw new MalformedMessageException(where + ": " + field + " carries CBOR tag "
                        + p.getCurrentTag() + "; WASMBED never tags items");
            }
        }

        void expect(JsonToken expected, String what) {
            JsonToken t = p.currentToken() == null ? p.nextToken() : p.currentToken();
            if (t != expected) {
                throw new MalformedMessageException(where + ": expected " + what + ", found " + describe(t));
            }
        }

        int arrayLength() {
            CBORReadContext ctx = (CBORReadContext) p.streamReadContext();
            return ctx.hasExpectedLength() ? ctx.getExpectedLength() : -1;
        }

        int messageStart() {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw new MalformedMessageException(where + ": message must be an array [tag, fields...], found "
                        + describe(p.currentToken()));
            }
            int length = arrayLength();
            if (length < 0) {
                throw new MalformedMessageException(where + ": message is an indefinite-length array; WASMBED"
                        + " requires a definite length");
            }
            if (length == 0) {
                throw new MalformedMessageException(where + ": message is an empty array, the tag is missing");
            }
            return length;
        }

        void messageEnd() {
            JsonToken t = p.nextToken();
            if (t != JsonToken.END_ARRAY) {
                throw new MalformedMessageException(where + ": message array has more items than its variant");
            }
        }

        MalformedMessageException badTagOrLength(long tag, int length, int[] lengths, String type) {
            if (tag >= lengths.length) {
                return new MalformedMessageException(where + ": unknown " + type + " tag " + tag + " (known: 0.."
                        + (lengths.length - 1) + ")");
            }
            return new MalformedMessageException(where + ": " + type + " tag " + tag + " needs an array of "
                    + lengths[(int) tag] + " items, found " + length);
        }

        long u32Item(String field) {
            next(field);
            return u32(field);
        }

        long u32(String field) {
            long v = u64(field);
            if (v < 0 || v > Envelope.MAX_MESSAGE_ID) {
                throw new MalformedMessageException(where + ": " + field + " = " + Long.toUnsignedString(v)
                        + " does not fit an unsigned 32-bit integer");
            }
            return v;
        }

        long u64Item(String field) {
            next(field);
            return u64(field);
        }

        /** An unsigned 64-bit integer, returned as the long with the same bits. */
        long u64(String field) {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                throw new MalformedMessageException(where + ": " + field + " must be an unsigned integer, found "
                        + describe(p.currentToken()));
            }
            BigInteger v = p.getBigIntegerValue();
            if (v.signum() < 0 || v.compareTo(U64_MAX) > 0) {
                throw new MalformedMessageException(where + ": " + field + " = " + v
                        + " is not an unsigned 64-bit integer");
            }
            return v.longValue();
        }

        String strItem(String field) {
            next(field);
            return str(field);
        }

        String str(String field) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw new MalformedMessageException(where + ": " + field + " must be a text string, found "
                        + describe(p.currentToken()));
            }
            return p.getString();
        }

        Optional<String> optionalStrItem(String field) {
            next(field);
            return p.currentToken() == JsonToken.VALUE_NULL ? Optional.empty() : Optional.of(str(field));
        }

        boolean boolItem(String field) {
            next(field);
            JsonToken t = p.currentToken();
            if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
                throw new MalformedMessageException(where + ": " + field + " must be a boolean, found " + describe(t));
            }
            return t == JsonToken.VALUE_TRUE;
        }

        byte[] bytesItem(String field) {
            next(field);
            if (p.currentToken() != JsonToken.VALUE_EMBEDDED_OBJECT || !(p.getEmbeddedObject() instanceof byte[] b)) {
                throw new MalformedMessageException(where + ": " + field + " must be a byte string, found "
                        + describe(p.currentToken()));
            }
            return b;
        }

        private String describe(JsonToken t) {
            if (t == null) {
                return "end of data";
            }
            switch (t) {
                case START_ARRAY: return "an array";
                case START_OBJECT: return "a map";
                case VALUE_STRING: return "a text string";
                case VALUE_NUMBER_INT: return "an integer";
                case VALUE_NUMBER_FLOAT: return "a float";
                case VALUE_TRUE: case VALUE_FALSE: return "a boolean";
                case VALUE_NULL: return "null";
                case VALUE_EMBEDDED_OBJECT: return "a byte string or simple value";
                case END_ARRAY: return "the end of the array";
                default: return t.toString();
            }
        }
    }
}
