package dev.fleetcast.calibration.fit;

import dev.fleetcast.model.random.StreamSeeds;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The bootstrap's generators: one per candidate, from (master seed, candidate name) by model's
 * {@link StreamSeeds} — the derivation the simulator's streams use — so a candidate's draws do not
 * depend on which other candidates were tried or in what order.
 */
final class BootstrapStreams {

    private BootstrapStreams() {
    }

    /** A fresh generator for the stream {@code name} of master seed {@code seed}. */
    static UniformRandomProvider stream(long seed, String name) {
        return RandomSource.XO_SHI_RO_256_PP.create(StreamSeeds.generatorSeed(StreamSeeds.streamSeed(seed, name)));
    }
}
