package dev.fleetcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    private static final String SCENARIO = """
            schemaVersion: 1
            name: tiny-failover
            seed: 3
            replications: 2
            devices: 9
            creation: {kind: steady, start: 35s, interval: 1s}
            gateways: 3
            controller: {policy: least-connections, discipline: ledger, workers: 2}
            faults:
              - {at: 90s, gateway: gateway-1, kind: delete}
            duration: 3m
            """;

    @TempDir
    Path temp;

    private final CliRun cli = new CliRun();

    @Test
    void writesTheBundleForARunAndPrintsThePathOfTheHtml() throws IOException {
        Path scenario = Files.writeString(temp.resolve("s.yaml"), SCENARIO);
        Path results = temp.resolve("results");
        assertThat(cli.run("run", scenario.toString(), "-o", results.toString(), "--threads", "1"))
                .isEqualTo(ExitCodes.OK);
        Path output = temp.resolve("report");

        assertThat(cli.run("report", results.toString(), "--output", output.toString())).isEqualTo(ExitCodes.OK);

        assertThat(cli.out().strip()).endsWith(output.resolve("report.html").toString());
        assertThat(output.resolve("report.html")).isNotEmptyFile();
        assertThat(output.resolve("report.tex")).isNotEmptyFile();
        assertThat(output.resolve("figures/tiny-failover-failover-timeline.png")).isNotEmptyFile();
        assertThat(Files.readString(output.resolve("report.md"))).contains("tiny-failover", "seed 3");
    }

    @Test
    void aBadInputIsExitCodeThreeWithOneMessageAndNoStackTrace() throws IOException {
        Path foreign = Files.writeString(temp.resolve("s.yaml"), SCENARIO);

        assertThat(cli.run("report", foreign.toString(), temp.resolve("missing").toString(), "-o",
                temp.resolve("report").toString())).isEqualTo(ExitCodes.INPUT);

        assertThat(cli.err()).startsWith("fleetcast: " + foreign + ": found a file without a kind")
                .contains(temp.resolve("missing") + ": found no such file or directory")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(temp.resolve("report")).doesNotExist();
    }

    @Test
    void theOutputDirectoryIsRequired() {
        assertThat(cli.run("report", temp.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("--output");
    }
}
