package dev.fleetcast.model.random;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The seed derivation every fleetcast random stream uses: a replication's seed from the
 * scenario's, a stream's seed from the replication's and the stream's name, and the four words
 * that seed a xoshiro256++ generator for that stream. Inputs are mixed with SplitMix64's
 * finaliser; names are hashed with 64-bit FNV-1a over their UTF-8 bytes (hand-written because
 * commons-rng offers no string hashing, and ten lines beat a dependency on commons-codec).
 *
 * <p>One definition, so that {@code fleetcast live run --seed N} draws the creation schedule
 * that replication 0 of {@code fleetcast run --seed N} simulated, and a calibration's bootstrap
 * is reproducible by the same rule.
 */
public final class StreamSeeds {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final long FNV_OFFSET = 0xCBF29CE484222325L;
    private static final long FNV_PRIME = 0x100000001B3L;

    private StreamSeeds() {
    }

    /**
     * The seed of replication {@code replication} of a scenario seeded {@code scenarioSeed}:
     * distinct for distinct replications of one scenario seed.
     *
     * @throws IllegalArgumentException if {@code replication} is negative
     */
    public static long replicationSeed(long scenarioSeed, long replication) {
        if (replication < 0) {
            throw new IllegalArgumentException("replication must be 0 or more, was " + replication);
        }
        return mix(mix(scenarioSeed) + replication * GOLDEN_GAMMA);
    }

    /**
     * The seed of the stream called {@code name} under {@code seed}.
     *
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public static long streamSeed(long seed, String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a random stream needs a name, was \"" + name + "\"");
        }
        return mix(seed ^ mix(fnv1a(name)));
    }

    /** The four words that seed a xoshiro256++ generator: SplitMix64's outputs from {@code streamSeed}. */
    public static long[] generatorSeed(long streamSeed) {
        long state = streamSeed;
        long[] words = new long[4];
        for (int i = 0; i < words.length; i++) {
            state += GOLDEN_GAMMA;
            words[i] = mix(state);
        }
        return words;
    }

    private static long fnv1a(String name) {
        long hash = FNV_OFFSET;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xFF;
            hash *= FNV_PRIME;
        }
        return hash;
    }

    /** SplitMix64's finaliser (Stafford's variant 13): a bijection with good avalanche. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
