package dev.fleetcast.live.run;

import dev.fleetcast.model.random.StreamSeeds;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The named random streams of a live run, seeded as the simulator seeds replication 0 of the
 * same scenario seed (model's {@link StreamSeeds}). So {@code fleetcast live run --seed N} draws
 * the Poisson creation times that replication 0 of {@code fleetcast run --seed N} simulated — the
 * prediction and the live run see the same creation schedule.
 *
 * <p>Immutable; the generators it returns are not thread-safe.
 */
public final class RunStreams {

    private final long replicationSeed;

    /** The streams of a run seeded {@code scenarioSeed} (replication 0's seed in the simulator). */
    public RunStreams(long scenarioSeed) {
        this.replicationSeed = StreamSeeds.replicationSeed(scenarioSeed, 0);
    }

    /** A new generator for stream {@code name}, at the stream's start. */
    public UniformRandomProvider stream(String name) {
        return RandomSource.XO_SHI_RO_256_PP.create(
                StreamSeeds.generatorSeed(StreamSeeds.streamSeed(replicationSeed, name)));
    }
}
