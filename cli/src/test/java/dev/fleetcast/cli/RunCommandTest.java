package dev.fleetcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.formats.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    private static final String SCENARIO = """
            schemaVersion: 1
            name: small-failover
            seed: 3
            replications: 3
            devices: 30
            creation: {kind: steady, start: 35s, interval: 500ms}
            gateways: 3
            controller: {policy: round-robin, discipline: ledger, workers: 2}
            faults:
              - {at: 200s, gateway: gateway-1, kind: kill}
            duration: 8m
            """;

    @TempDir
    Path temp;

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void writesAResultPerReplicationAndASummaryIdenticalForAnyThreadCount() throws IOException {
        Path scenario = Files.writeString(temp.resolve("s.yaml"), SCENARIO);

        assertThat(run("run", scenario.toString(), "-o", temp.resolve("a").toString(), "--threads", "1"))
                .isEqualTo(ExitCodes.OK);
        assertThat(run("run", scenario.toString(), "-o", temp.resolve("b").toString(), "--threads", "3"))
                .isEqualTo(ExitCodes.OK);

        for (String name : new String[] {"replication-000.json", "replication-002.json", "summary.csv", "summary.json"}) {
            assertThat(Files.readAllBytes(temp.resolve("b").resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(temp.resolve("a").resolve(name)));
        }
        assertThat(cli.out()).contains("failover-recovery-mean", "devices-moved", "Output written to");
        assertThat(Files.readString(temp.resolve("a/replication-001.json")))
                .contains("\"kind\" : \"platform-result\"", "\"devicesMoved\" : 10");
        assertThat(Files.readString(temp.resolve("a/run-info.json")))
                .contains("\"role\" : \"scenario\"", "\"sha256\" : \"" + Sha256.of(SCENARIO) + "\"");
    }

    @Test
    void aMalformedScenarioListsItsProblemsAndWritesNothing() throws IOException {
        Path scenario = Files.writeString(temp.resolve("bad.yaml"), "schemaVersion: 1\ndevices: zero\n");
        Path output = temp.resolve("never");

        assertThat(run("run", scenario.toString(), "-o", output.toString())).isEqualTo(ExitCodes.INPUT);

        assertThat(cli.err()).startsWith("fleetcast: " + scenario + ": 5 problems")
                .contains(scenario + ":2:10: devices: found \"zero\"")
                .doesNotContain("Exception");
        assertThat(output).doesNotExist();
    }

    @Test
    void validateSaysValidOrListsProblems() throws IOException {
        Path good = Files.writeString(temp.resolve("good.yaml"), SCENARIO);
        Path missing = temp.resolve("missing.yaml");

        assertThat(run("validate", good.toString())).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).contains("valid", "30 devices", "3 gateways");
        assertThat(run("validate", missing.toString())).isEqualTo(ExitCodes.INPUT);
        assertThat(cli.err()).contains("missing.yaml", "no such file");
    }
}
