package dev.fleetcast.formats.foreign;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The fixture files under src/test/resources/foreign. */
final class Fixtures {

    private Fixtures() {
    }

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/foreign/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
