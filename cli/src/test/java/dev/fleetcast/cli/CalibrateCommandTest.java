package dev.fleetcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrateCommandTest {

    @TempDir
    Path temp;

    private final CliRun cli = new CliRun();

    @Test
    void fitsACsvOfSamplesAndWritesACalibrationAScenarioCanName() throws IOException {
        StringBuilder csv = new StringBuilder("pod_startup_s\n");
        for (int i = 0; i < 40; i++) {
            csv.append(20 + (i * 7919 % 40) / 2.0).append('\n');
        }
        Path samples = Files.writeString(temp.resolve("startup.csv"), csv.toString());
        Path output = temp.resolve("out/calibration.yaml");

        assertThat(cli.run("calibrate", samples.toString(), "--bootstrap", "19", "-o", output.toString()))
                .isEqualTo(ExitCodes.OK);

        assertThat(cli.out()).contains("quantity", "podStartup", "40", "Calibration written to");
        String written = Files.readString(output);
        assertThat(written).contains("kind: \"calibration\"", "podStartup:", "distribution:", "sha256:");
        Files.writeString(temp.resolve("out/s.yaml"), """
                schemaVersion: 1
                devices: 4
                creation: {kind: burst}
                gateways: 1
                controller: {policy: round-robin, discipline: ledger}
                calibration: calibration.yaml
                latencies: {apiWrite: 10ms, apiList: 50ms, listPerDevice: 1ms, watchDelay: 10ms, handshake: 100ms,
                            failureNoticed: 5s, gatewayRollout: 10s}
                duration: 2m
                """);
        assertThat(cli.run("validate", temp.resolve("out/s.yaml").toString())).isEqualTo(ExitCodes.OK);
    }

    @Test
    void aBadTraceIsOneMessageNamingItAndNothingIsWritten() throws IOException {
        Path bad = Files.writeString(temp.resolve("bad.json"), "{\"samples\": [");
        Path output = temp.resolve("never/calibration.yaml");

        assertThat(cli.run("calibrate", bad.toString(), "-o", output.toString())).isEqualTo(ExitCodes.INPUT);

        assertThat(cli.err()).startsWith("fleetcast: ").contains("bad.json").doesNotContain("\tat ");
        assertThat(output).doesNotExist();
    }

    @Test
    void tooFewSamplesAreRefusedUnlessTheEmpiricalFallbackIsAsked() throws IOException {
        Path few = Files.writeString(temp.resolve("few.csv"), "handshake_ms\n120\n130\n150\n");
        assertThat(cli.run("calibrate", few.toString(), "-o", temp.resolve("a/c.yaml").toString()))
                .isEqualTo(ExitCodes.INPUT);
        assertThat(cli.err()).contains("handshake", "--empirical-fallback");
        assertThat(cli.run("calibrate", few.toString(), "--empirical-fallback", "-o", temp.resolve("b/c.yaml").toString()))
                .isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(temp.resolve("b/c.yaml"))).contains("empirical(120ms, 130ms, 150ms)");
    }
}
