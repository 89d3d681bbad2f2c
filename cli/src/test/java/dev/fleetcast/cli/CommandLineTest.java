package dev.fleetcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path temp;

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        assertThat(run("--help")).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).contains("demo", "version", "Exit codes", "usage error");
    }

    @Test
    void versionPrintsTheBuildsVersion() {
        assertThat(run("version")).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).startsWith("fleetcast ").doesNotContain("${project.version}");
    }

    @Test
    void anUnknownOptionIsAUsageErrorOnOneLineWithAHint() {
        assertThat(run("demo", "--frobnicate")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).startsWith("fleetcast: Unknown option: '--frobnicate'")
                .contains("Try 'fleetcast demo --help'.")
                .doesNotContain("Exception");
    }

    @Test
    void aMalformedValueIsAUsageError() {
        assertThat(run("demo", "--seed", "forty-two")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("forty-two").doesNotContain("\tat ");
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(run()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("a command is needed");
    }

    @Test
    void theDemoRunsASimulationAndWritesItsFiles() throws IOException {
        Path dir = temp.resolve("demo");

        assertThat(run("demo", "-o", dir.toString())).isEqualTo(ExitCodes.OK);

        assertThat(cli.out()).contains("gateway-1", "enrollment latency", "events processed: 200",
                "enrollment-least-connections-ledger", "100 devices, 5 gateways: 20/20/20/20/20",
                "enrollment-first-available", "40 devices, 2 gateways: 40/0", "Failover: failover-100-5",
                "Output written to " + dir.toAbsolutePath());
        assertThat(dir.resolve("steady-creation/gateway-counts.csv")).hasContent(
                "gateway,devices\ngateway-1,20\ngateway-2,20\ngateway-3,20\ngateway-4,20\ngateway-5,20");
        assertThat(Files.readString(dir.resolve("steady-creation/result.json")))
                .contains("\"schemaVersion\" : 1", "\"seed\" : 42");
        assertThat(dir.resolve("enrollment/enrollment-least-connections-naive-60-3/summary.csv")).exists();
        assertThat(dir.resolve("failover-100-5/replication-019.json")).exists();
        assertThat(Files.readString(dir.resolve("run-info.json"))).contains("wallSeconds");
        // the predicted-versus-observed part: the shipped stand-in recording against the failover prediction
        assertThat(cli.out()).contains("Predicted versus observed (test stand-in)", "devices-moved",
                "gateway-2                   devices           25");
        assertThat(Files.readString(dir.resolve("live-stand-in/live-comparison.json")))
                .contains("\"label\" : \"test stand-in\"");
        assertThat(Files.readString(dir.resolve("report/report.html"))).contains("Predicted versus observed");
    }

    @Test
    void theSameSeedWritesTheSameResultBytesAndAnotherSeedDoesNot() throws IOException {
        run("demo", "-o", temp.resolve("a").toString(), "--seed", "7");
        run("demo", "-o", temp.resolve("b").toString(), "--seed", "7");
        run("demo", "-o", temp.resolve("c").toString(), "--seed", "8");

        byte[] a = Files.readAllBytes(temp.resolve("a/steady-creation/result.json"));
        assertThat(Files.readAllBytes(temp.resolve("b/steady-creation/result.json"))).isEqualTo(a);
        assertThat(Files.readAllBytes(temp.resolve("c/steady-creation/result.json"))).isNotEqualTo(a);
        String failover = "failover-100-5/replication-007.json";
        assertThat(Files.readAllBytes(temp.resolve("b").resolve(failover)))
                .isEqualTo(Files.readAllBytes(temp.resolve("a").resolve(failover)));
    }

    @Test
    void anOutputPathThatIsAFileIsAnInputErrorAndIsLeftAlone() throws IOException {
        Path file = Files.writeString(temp.resolve("taken"), "precious");

        assertThat(run("demo", "--output", file.toString())).isEqualTo(ExitCodes.INPUT);

        assertThat(cli.err()).isEqualTo("fleetcast: output " + file + " exists and is not a directory"
                + System.lineSeparator());
        assertThat(file).hasContent("precious");
    }
}
