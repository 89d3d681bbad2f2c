package dev.fleetcast.sim.random;

import dev.fleetcast.model.random.StreamSeeds;
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
 * <p>Seeds come from pure functions, model's {@link StreamSeeds} (shared with calibration's
 * bootstrap and a live run's creation schedule); each stream is a xoshiro256++ generator
 * seeded with the four words {@link StreamSeeds#generatorSeed} gives.
 *
 * <p>Immutable and thread-safe; the generators it returns are not thread-safe.
 */
public final class RandomStreams {

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
        return StreamSeeds.replicationSeed(scenarioSeed, replication);
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
        return RandomSource.XO_SHI_RO_256_PP.create(StreamSeeds.generatorSeed(streamSeed(name)));
    }

    /** The seed from which {@link #stream(String)} builds the generator of {@code name}. */
    public long streamSeed(String name) {
        return StreamSeeds.streamSeed(seed, name);
    }

    @Override
    public String toString() {
        return "RandomStreams[seed=" + seed + "]";
    }
}
