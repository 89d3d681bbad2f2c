package dev.fleetcast.formats.scenario;

import dev.fleetcast.model.scenario.PlatformScenario;
import java.util.Objects;

/**
 * A scenario file as read: the scenario with every default filled in, and how to run it.
 *
 * @param scenario what to simulate
 * @param seed the scenario seed from which replication seeds derive
 * @param replications how many replications to run, at least 1
 */
public record ScenarioFile(PlatformScenario scenario, long seed, int replications) {

    public ScenarioFile {
        Objects.requireNonNull(scenario, "scenario");
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be at least 1, was " + replications);
        }
    }
}
