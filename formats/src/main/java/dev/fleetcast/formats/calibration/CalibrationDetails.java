package dev.fleetcast.formats.calibration;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A calibration file with everything {@code fleetcast calibrate} wrote beside each
 * distribution — fit statistics, alternatives, warnings, sources, bootstrap draws and the
 * samples — as {@link CalibrationDetailsReader} reads it, for reports. A hand-written file
 * gives the distributions only, with the rest empty.
 *
 * @param file the file as the user named it
 * @param sha256 the SHA-256 of its bytes
 * @param source where the figures came from, or empty
 * @param quantities each quantity in file order
 */
public record CalibrationDetails(String file, String sha256, String source, List<CalibratedQuantity> quantities) {

    public CalibrationDetails {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(source, "source");
        quantities = List.copyOf(quantities);
    }

    /** The quantity called {@code name}, if the file has it. */
    public Optional<CalibratedQuantity> quantity(String name) {
        return quantities.stream().filter(q -> q.name().equals(name)).findFirst();
    }
}
