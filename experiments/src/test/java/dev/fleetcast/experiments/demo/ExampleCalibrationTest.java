package dev.fleetcast.experiments.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.formats.scenario.ScenarioFile;
import dev.fleetcast.model.distribution.UniformDuration;
import org.junit.jupiter.api.Test;

class ExampleCalibrationTest {

    /**
     * `fleetcast calibrate` on the example traces writes, byte for byte, the calibration file
     * the built-in scenarios name — so the built-ins run on what calibration produces, and a
     * change to the fitting or the data that would alter it fails here until the file is
     * regenerated (README: how).
     */
    @Test
    void calibratingTheExampleDataGivesTheBuiltInCalibration() {
        assertThat(ExampleCalibration.write(ExampleCalibration.calibrate())).isEqualTo(ExampleCalibration.builtIn());
    }

    @Test
    void theBuiltInScenariosRunWithIt() {
        ScenarioFile file = BuiltInScenarios.load("enrollment-least-connections-naive");
        assertThat(file.calibration()).isPresent();
        // the LIST's per-device cost the calibration separated (the reconstruction used 0.8 ms)
        assertThat(file.scenario().latencies().listPerDeviceNanos()).isBetween(600_000L, 1_000_000L);
        assertThat(file.scenario().latencies().podStartup()).isNotInstanceOf(UniformDuration.class);
    }
}
