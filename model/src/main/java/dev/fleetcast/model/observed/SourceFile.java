package dev.fleetcast.model.observed;

import java.util.Objects;

/**
 * Where observations came from: enough for a calibration file's provenance.
 *
 * @param path the file as the user named it
 * @param sha256 the SHA-256 of its bytes, 64 lower-case hex digits
 * @param format what kind of file it was
 */
public record SourceFile(String path, String sha256, SourceFormat format) {

    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits, was " + sha256);
        }
    }
}
