package dev.fleetcast.live.run;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The named random streams of a live run, seeded as the simulator seeds replication 0 of the
 * same scenario seed: replication seed {@code mix(mix(seed))}, stream seed
 * {@code mix(replicationSeed ^ mix(fnv1a(name)))}, a xoshiro256++ generator from four SplitMix64
 * outputs of it. So {@code fleetcast live run --seed N} draws the Poisson creation times that
 * replication 0 of {@code fleetcast run --seed N} simulated — the prediction and the live run
 * see the same creation schedule. (Written out here rather than imported, because live must
 * not depend on the simulator; the function is pure and documented in sim's RandomStreams.)
 *
 * <p>Immutable; the generators it returns are not thread-safe.
 */
public final class RunStreams {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final long FNV_OFFSET = 0xCBF29CE484222325L;
    private static final long FNV_PRIME = 0x100000001B3L;

    private final long replicationSeed;

    /** The streams of a run seeded {@code scenarioSeed} (replication 0's seed in the simulator). */
    public RunStreams(long scenarioSeed) {
        this.replicationSeed = mix(mix(scenarioSeed));
    }

    /** A new generator for stream {@code name}, at the stream's start. */
    public UniformRandomProvider stream(String name) {
        Objects.requireNonNull(name, "name");
        long state = mix(replicationSeed ^ mix(fnv1a(name)));
        long[] seed = new long[4];
        for (int i = 0; i < seed.length; i++) {
            state += GOLDEN_GAMMA;
            seed[i] = mix(state);
        }
        return RandomSource.XO_SHI_RO_256_PP.create(seed);
    }

    private static long fnv1a(String name) {
        long hash = FNV_OFFSET;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xFF;
            hash *= FNV_PRIME;
        }
        return hash;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
