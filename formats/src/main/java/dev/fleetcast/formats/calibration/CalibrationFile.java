package dev.fleetcast.formats.calibration;

import dev.fleetcast.model.distribution.DurationDistribution;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A calibration file as read.
 *
 * @param file the file as the user named it
 * @param sha256 the SHA-256 of the file's bytes (lower-case hex): which calibration a run used
 * @param source free text saying where the figures came from, or empty
 * @param quantities each calibrated quantity by name ({@link CalibrationReader#QUANTITIES}),
 *     sorted by name
 */
public record CalibrationFile(String file, String sha256, String source, Map<String, DurationDistribution> quantities) {

    public CalibrationFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(source, "source");
        quantities = java.util.Collections.unmodifiableMap(new TreeMap<>(quantities));
    }
}
