package dev.fleetcast.experiments.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The example trace the demo compares with its failover prediction: {@code failover-100-5} played
 * by {@code fleetcast live run --stand-in} — real gateway servers, controllers and device agents on
 * 127.0.0.1 against fabric8's mock API server, not a cluster. How it was recorded is in
 * experiments/data/README.md; it is a recording, not a fabrication, and labelled "test stand-in"
 * wherever it is shown.
 */
public final class ExampleTrace {

    /** The scenario the trace played (a built-in one). */
    public static final String SCENARIO = BuiltInScenarios.FAILOVER;

    /** What the observation was, for titles. */
    public static final String LABEL = "test stand-in";

    private static final String RESOURCE = "/dev/fleetcast/experiments/live/failover-100-5-stand-in.trace.json";

    private ExampleTrace() {
    }

    /** The trace file's text. */
    public static String text() {
        try (InputStream in = ExampleTrace.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the example trace " + RESOURCE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the example trace " + RESOURCE, e);
        }
    }
}
