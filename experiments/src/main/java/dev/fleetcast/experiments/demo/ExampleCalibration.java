package dev.fleetcast.experiments.demo;

import dev.fleetcast.calibration.Calibrator;
import dev.fleetcast.calibration.fit.FitOptions;
import dev.fleetcast.formats.calibration.CalibrationWriter;
import dev.fleetcast.formats.foreign.ObservationReader;
import dev.fleetcast.model.observed.ObservedQuantities;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The calibration step of the default study: {@code fleetcast calibrate} on the reconstructed
 * example traces (experiments/data, packaged in the jar), with the settings that produced the
 * calibration file the built-in scenarios name ({@link #BUILT_IN}). Running it again must give
 * that file byte for byte — which the demo checks and says.
 */
public final class ExampleCalibration {

    /** The example traces, by their path in the repository (how the built-in file names them). */
    public static final List<String> FILES = List.of("experiments/data/api-get-devices-latency.csv",
            "experiments/data/collector-100_devices_5_gateways.json", "experiments/data/collector-40_devices_2_gateways.json",
            "experiments/data/collector-60_devices_3_gateways.json", "experiments/data/pods-100_devices_5_gateways.json");

    /** The built-in calibration file, beside the built-in scenarios that name it. */
    public static final String BUILT_IN = "wasmbed-kind-calibration.yaml";

    /** The settings it was made with: seed 1, 199 bootstrap replicates, empirical fallback (5 gateway pods). */
    public static final long SEED = 1;
    public static final int BOOTSTRAP = 199;

    private ExampleCalibration() {
    }

    /** The file's {@code source} line: what made it, without anything that changes between builds. */
    public static String source(long seed, int bootstrap, int files) {
        return "fleetcast calibrate, seed " + seed + ", " + bootstrap + " bootstrap replicates, from " + files + " files";
    }

    /** Reads the example traces from the jar. */
    public static List<ObservedQuantities> observations() {
        ObservationReader reader = new ObservationReader();
        List<ObservedQuantities> observations = new ArrayList<>();
        for (String file : FILES) {
            String resource = "/dev/fleetcast/experiments/data/" + file.substring(file.lastIndexOf('/') + 1);
            try (InputStream in = ExampleCalibration.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the example trace " + resource + " is missing from the jar");
                }
                observations.add(reader.read(file, in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return observations;
    }

    /** Calibrates from the example traces. */
    public static Calibrator.Result calibrate() {
        return new Calibrator(FitOptions.seeded(SEED).withBootstrapReplicates(BOOTSTRAP).withEmpiricalFallback(true))
                .calibrate(observations());
    }

    /** The calibration file's text for {@code result}. */
    public static String write(Calibrator.Result result) {
        return new CalibrationWriter().write(source(SEED, BOOTSTRAP, FILES.size()), result.quantities());
    }

    /** The built-in calibration file's text, as committed. */
    public static String builtIn() {
        try (InputStream in = ExampleCalibration.class.getResourceAsStream("/dev/fleetcast/experiments/scenarios/"
                + BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("the built-in calibration " + BUILT_IN + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
