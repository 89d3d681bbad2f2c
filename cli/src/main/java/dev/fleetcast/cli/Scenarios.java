package dev.fleetcast.cli;

import dev.fleetcast.formats.scenario.ScenarioFile;
import dev.fleetcast.formats.scenario.ScenarioReader;
import dev.fleetcast.formats.validation.InvalidFileException;
import dev.fleetcast.model.assignment.AssignmentPolicy;
import dev.fleetcast.model.assignment.Policies;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads scenario files with model's policy catalogue, turning problems into user errors. */
final class Scenarios {

    private static final ScenarioReader READER = new ScenarioReader(new ScenarioReader.PolicyCatalogue() {
        @Override
        public Optional<AssignmentPolicy> find(String name, boolean respectMaxDevices) {
            return Policies.byName(name, respectMaxDevices);
        }

        @Override
        public List<String> names() {
            return Policies.names();
        }
    });

    private Scenarios() {
    }

    static ScenarioFile read(Path file) {
        try {
            return READER.read(file);
        } catch (InvalidFileException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
