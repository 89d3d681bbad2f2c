package dev.fleetcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

    @TempDir
    Path temp;

    private final CliRun cli = new CliRun();

    @Test
    void comparesTwoPoliciesOnTheSameSeeds() throws IOException {
        Path scenario = Files.writeString(temp.resolve("s.yaml"), """
                schemaVersion: 1
                devices: 30
                creation: {kind: burst, at: 35s}
                gateways: 3
                controller: {policy: round-robin, discipline: naive, workers: 4}
                duration: 3m
                """);
        assertThat(cli.run("compare", scenario.toString(), "--policies", "least-connections,first-available",
                "--replications", "4", "--threads", "2")).isEqualTo(ExitCodes.OK);
        // first-available puts all 30 on one gateway: its max is 30, least-connections' about 10
        assertThat(cli.out()).contains("least-connections (A) against first-available (B), 4 replications",
                "devices-per-gateway-max", "± paired", "± unpaired");
    }

    @Test
    void refusesAnUnknownPolicyOrOneOnly() throws IOException {
        Path scenario = Files.writeString(temp.resolve("s.yaml"), "schemaVersion: 1\n");
        assertThat(cli.run("compare", scenario.toString(), "--policies", "least-connections,coin-toss"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("no policy coin-toss");
        assertThat(cli.run("compare", scenario.toString(), "--policies", "round-robin")).isEqualTo(ExitCodes.USAGE);
    }
}
