package dev.fleetcast.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** fleetcast's version, as Maven stamped it into version.properties at build time. */
public final class FleetcastVersion implements CommandLine.IVersionProvider {

    /** The version string, such as {@code 0.1.0-SNAPSHOT}. */
    public static String get() {
        try (InputStream in = FleetcastVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the fleetcast jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read version.properties", e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"fleetcast " + get()};
    }
}
