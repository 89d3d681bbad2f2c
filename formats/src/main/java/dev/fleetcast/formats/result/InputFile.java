package dev.fleetcast.formats.result;

import java.util.Objects;

/**
 * A file a run read, and the SHA-256 of its bytes: enough to tell later which scenario and
 * calibration produced a result, even if the files have since been edited.
 *
 * @param role what the file was to the run ({@code scenario}, {@code calibration})
 * @param path the path as the user gave it
 * @param sha256 lower-case hex
 */
public record InputFile(String role, String path, String sha256) {

    public InputFile {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(path, "path");
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits, was " + sha256);
        }
    }
}
