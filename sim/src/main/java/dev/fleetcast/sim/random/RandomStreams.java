package dev.fleetcast.sim.random;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Named random streams of one replication: (replication seed, stream name) gives an
 * independent, reproducible generator.
 *
 * <p>Each stochastic process draws from its own stream, named for what it is rather than
 * for when it was created ({@code "arrivals"}, {@code "device-17/pod-startup"}). A change to
 * one process therefore never shifts the draws of another, and two alternatives run on the
 * same seed see the same world — common random numbers, so their differences are paired.
 *
 * <p>Seeds come from pure functions: {@link #replicationSeed(long, long)} and the stream
 * seed of {@link #stream(String)} mix their inputs with SplitMix64's finaliser; the name is
 * hashed with 64-bit FNV-1a over its UTF-8 bytes. (Hand-written because commons-rng offers
 * no string hashing, and ten lines beat a dependency on commons-codec.) Each stream is a
 * xoshiro256++ generator seeded with four SplitMix64 outputs of the stream seed.
 *
 * <p>Immutable and thread-safe; the generators it returns are not thread-safe.
 */
public final class RandomStreams {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final long FNV_OFFSET = 0xCBF29CE484222325L;
    private static final long FNV_PRIME = 0x100000001B3L;

    private final long seed;

    /** The streams of one replication whose seed is {@code seed}. */
    public RandomStreams(long seed) {
        this.seed = seed;
    }

    /** The streams of replication {@code replication} (from 0) of a scenario seeded {@code scenarioSeed}. */
    public static RandomStreams forReplication(long scenarioSeed, long replication) {
        return new RandomStreams(replicationSeed(scenarioSeed, replication));
    }

    /**
     * The seed of replication {@code replication} of a scenario seeded {@code scenarioSeed}:
     * a pure function, distinct for distinct replications of one scenario seed.
     *
     * @throws IllegalArgumentException if {@code replication} is negative
     */
    public static long replicationSeed(long scenarioSeed, long replication) {
        if (replication < 0) {
            throw new IllegalArgumentException("replication must be 0 or more, was " + replication);
        }
        return mix(mix(scenarioSeed) + replication * GOLDEN_GAMMA);
    }

    /** This replication's seed. */
    public long seed() {
        return seed;
    }

    /**
     * A new generator for the stream {@code name}, positioned at the stream's start: every
     * call with the same name returns a generator that yields the same sequence, so ask once
     * per process and keep it.
     *
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public UniformRandomProvider stream(String name) {
        long state = streamSeed(name);
        long[] generatorSeed = new long[4];
        for (int i = 0; i < generatorSeed.length; i++) {
            state += GOLDEN_GAMMA;
            generatorSeed[i] = mix(state);
        }
        return RandomSource.XO_SHI_RO_256_PP.create(generatorSeed);
    }

    /** The seed from which {@link #stream(String)} builds the generator of {@code name}. */
    public long streamSeed(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a random stream needs a name, was \"" + name + "\"");
        }
        return mix(seed ^ mix(fnv1a(name)));
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

    @Override
    public String toString() {
        return "RandomStreams[seed=" + seed + "]";
    }
}
