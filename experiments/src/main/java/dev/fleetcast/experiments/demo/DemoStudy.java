package dev.fleetcast.experiments.demo;

import dev.fleetcast.sim.stats.LatencySummaries;
import dev.fleetcast.model.assignment.RoundRobin;
import dev.fleetcast.model.distribution.UniformDuration;
import dev.fleetcast.model.result.SteadyCreationOutcome;
import dev.fleetcast.model.result.SteadyCreationResult;
import dev.fleetcast.model.scenario.SteadyCreationFleet;
import dev.fleetcast.sim.fleet.SteadyCreationRun;
import dev.fleetcast.sim.kernel.Engine;
import dev.fleetcast.sim.random.RandomStreams;

/**
 * The built-in default study that {@code fleetcast demo} runs: 100 devices created one per
 * second, assigned round-robin over 5 gateways, each enrolling after a pod start-up uniform
 * between 20 s and 40 s (the range reported from WASMBED's kind cluster).
 */
public final class DemoStudy {

    /** The seed used when the user gives none. */
    public static final long DEFAULT_SEED = 42;

    private static final long SECOND = 1_000_000_000L;

    private DemoStudy() {
    }

    /** The default study's fleet. */
    public static SteadyCreationFleet defaultFleet() {
        return new SteadyCreationFleet(100, SteadyCreationFleet.numberedGateways(5), SECOND,
                new UniformDuration(20 * SECOND, 40 * SECOND), new RoundRobin());
    }

    /** Runs one replication of {@code fleet} with {@code seed}. */
    public static SteadyCreationResult run(SteadyCreationFleet fleet, long seed) {
        SteadyCreationOutcome outcome = new SteadyCreationRun(fleet, new RandomStreams(seed), new Engine()).run();
        return new SteadyCreationResult(fleet, seed, outcome,
                LatencySummaries.of(outcome.enrollmentLatenciesNanos()));
    }
}
