package dev.fleetcast.model.result;

import dev.fleetcast.model.scenario.SteadyCreationFleet;
import java.util.Objects;

/**
 * A steady-creation study's result: what was run and what came of it — everything a result
 * file holds, and nothing that could differ between two runs of the same seed.
 *
 * @param fleet the study as resolved
 * @param seed the replication's seed
 * @param outcome what the run produced
 * @param enrollmentLatency the outcome's enrollment latencies, summarised
 */
public record SteadyCreationResult(
        SteadyCreationFleet fleet, long seed, SteadyCreationOutcome outcome, LatencySummary enrollmentLatency) {

    public SteadyCreationResult {
        Objects.requireNonNull(fleet, "fleet");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(enrollmentLatency, "enrollmentLatency");
    }
}
