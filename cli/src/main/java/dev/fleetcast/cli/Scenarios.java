package dev.fleetcast.cli;

import dev.fleetcast.formats.scenario.ScenarioFile;
import dev.fleetcast.formats.scenario.ScenarioReader;
import dev.fleetcast.formats.validation.InvalidFileException;
import java.nio.file.Path;

/** Reads scenario files with model's policy catalogue, turning problems into user errors. */
final class Scenarios {

    private static final ScenarioReader READER = new ScenarioReader();

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
