package dev.fleetcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InferCommandTest {

    @TempDir
    Path temp;

    private final CliRun cli = new CliRun();

    @Test
    void reportsKeptParametersBandsAndTheOutOfSampleVerdict() throws IOException {
        Path output = temp.resolve("infer");
        assertThat(cli.run("infer", "--draws", "10", "--replications", "2", "--accept", "3", "--threads", "2", "-o",
                output.toString())).isEqualTo(ExitCodes.OK);

        assertThat(cli.out()).contains("10 draws, 3 kept", "Fitted on:", "40 devices / 2 gateways [28, 12]",
                "Held out:", "100 devices / 5 gateways", "Out of sample:");
        assertThat(Files.readString(output.resolve("report.txt"))).contains("Ranges of the kept");
    }

    @Test
    void refusesMoreKeptThanDrawn() {
        assertThat(cli.run("infer", "--draws", "5", "--accept", "6")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("--accept at most --draws");
    }
}
