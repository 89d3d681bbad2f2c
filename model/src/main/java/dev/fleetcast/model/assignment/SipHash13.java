package dev.fleetcast.model.assignment;

import java.nio.charset.StandardCharsets;

/**
 * SipHash-1-3 with both keys zero, over a string's UTF-8 bytes followed by one 0xFF byte:
 * what Rust's {@code std::collections::hash_map::DefaultHasher::new()} computes for
 * {@code name.hash(&mut hasher)} on a {@code String}. WASMBED's device controller hashes
 * device names this way, so fleetcast must too, to pick the gateway WASMBED would pick.
 * (Rust documents DefaultHasher's algorithm as unspecified; the reference values in the test
 * were printed by rustc 1.95.0.) Written from the SipHash paper (Aumasson and Bernstein,
 * 2012); no library we use offers SipHash-1-3.
 */
final class SipHash13 {

    private SipHash13() {
    }

    /** The 64-bit hash of {@code text} as Rust's DefaultHasher gives it. */
    static long ofRustString(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] message = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, message, 0, utf8.length);
        message[utf8.length] = (byte) 0xFF;
        return hash(message);
    }

    /** SipHash-1-3 of {@code message} with keys k0 = k1 = 0. */
    static long hash(byte[] message) {
        long[] v = {0x736f6d6570736575L, 0x646f72616e646f6dL, 0x6c7967656e657261L, 0x7465646279746573L};
        int length = message.length;
        int whole = length - (length % 8);
        for (int offset = 0; offset < whole; offset += 8) {
            compress(v, littleEndian(message, offset, 8)); // one round per block: the "1" of 1-3
        }
        compress(v, ((long) length << 56) | littleEndian(message, whole, length - whole));
        v[2] ^= 0xFF;
        for (int round = 0; round < 3; round++) { // three finalisation rounds: the "3"
            sipRound(v);
        }
        return v[0] ^ v[1] ^ v[2] ^ v[3];
    }

    private static void compress(long[] v, long block) {
        v[3] ^= block;
        sipRound(v);
        v[0] ^= block;
    }

    private static void sipRound(long[] v) {
        v[0] += v[1];
        v[1] = Long.rotateLeft(v[1], 13) ^ v[0];
        v[0] = Long.rotateLeft(v[0], 32);
        v[2] += v[3];
        v[3] = Long.rotateLeft(v[3], 16) ^ v[2];
        v[0] += v[3];
        v[3] = Long.rotateLeft(v[3], 21) ^ v[0];
        v[2] += v[1];
        v[1] = Long.rotateLeft(v[1], 17) ^ v[2];
        v[2] = Long.rotateLeft(v[2], 32);
    }

    private static long littleEndian(byte[] bytes, int offset, int count) {
        long value = 0;
        for (int i = 0; i < count; i++) {
            value |= (bytes[offset + i] & 0xFFL) << (8 * i);
        }
        return value;
    }
}
