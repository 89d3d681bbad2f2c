package dev.fleetcast.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The report fixtures (src/test/resources/…/fixtures, made by regenerate.sh there): small runs of
 * an enrollment study (naive and ledger least-connections), a failover with timelines and an HPA,
 * and a calibration file.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** The fixtures directory in the test class path. */
    public static Path root() {
        try {
            return Path.of(Fixtures.class.getResource("/dev/fleetcast/reports/fixtures").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path results() {
        return root().resolve("results");
    }

    public static Path calibration() {
        return root().resolve("calibration.yaml");
    }

    /** A copy of {@code relative} (a file or directory under the fixtures) in {@code target}, to damage. */
    public static Path copy(String relative, Path target) {
        Path source = root().resolve(relative);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
