package dev.fleetcast.calibration.fit;

import java.nio.charset.StandardCharsets;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The bootstrap's generators: one per candidate, from (master seed, candidate name) by a pure
 * function, so a candidate's draws do not depend on which other candidates were tried or in
 * what order. The derivation is sim's {@code RandomStreams} one — FNV-1a of the name's UTF-8,
 * SplitMix64's finaliser, xoshiro256++ seeded with four SplitMix64 outputs — repeated here
 * because calibration may not depend on sim.
 */
final class BootstrapStreams {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final long FNV_OFFSET = 0xCBF29CE484222325L;
    private static final long FNV_PRIME = 0x100000001B3L;

    private BootstrapStreams() {
    }

    /** A fresh generator for the stream {@code name} of master seed {@code seed}. */
    static UniformRandomProvider stream(long seed, String name) {
        long state = mix(seed ^ mix(fnv1a(name)));
        long[] generatorSeed = new long[4];
        for (int i = 0; i < generatorSeed.length; i++) {
            state += GOLDEN_GAMMA;
            generatorSeed[i] = mix(state);
        }
        return RandomSource.XO_SHI_RO_256_PP.create(generatorSeed);
    }

    private static long fnv1a(String name) {
        long hash = FNV_OFFSET;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xFF;
            hash *= FNV_PRIME;
        }
        return hash;
    }

    /** SplitMix64's finaliser (Stafford's variant 13). */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
