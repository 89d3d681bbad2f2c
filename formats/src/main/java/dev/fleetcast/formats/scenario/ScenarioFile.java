package dev.fleetcast.formats.scenario;

import dev.fleetcast.formats.calibration.CalibrationFile;
import dev.fleetcast.model.scenario.PlanSettings;
import dev.fleetcast.model.scenario.PlatformScenario;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A scenario file as read: the scenario with every default filled in, and how to run it.
 *
 * @param scenario what to simulate
 * @param seed the scenario seed from which replication seeds derive
 * @param replications how many replications to run, at least 1
 * @param sha256 the SHA-256 of the scenario file's bytes (lower-case hex)
 * @param calibration the calibration file whose quantities filled what the scenario left out,
 *     if it named one (its values are already in {@code scenario})
 * @param cells the cells of the scenario's sweep, first axis slowest; empty when it has none
 * @param plan what a capacity plan asks, if the scenario says
 */
public record ScenarioFile(PlatformScenario scenario, long seed, int replications, String sha256,
        Optional<CalibrationFile> calibration, List<SweepCell> cells, Optional<PlanSettings> plan) {

    public ScenarioFile {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(calibration, "calibration");
        cells = List.copyOf(cells);
        Objects.requireNonNull(plan, "plan");
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be at least 1, was " + replications);
        }
    }

    /** This file with {@code sweepCells}. */
    public ScenarioFile withCells(List<SweepCell> sweepCells) {
        return new ScenarioFile(scenario, seed, replications, sha256, calibration, sweepCells, plan);
    }

    /** Whether the scenario declares a sweep. */
    public boolean isSweep() {
        return !cells.isEmpty();
    }
}
