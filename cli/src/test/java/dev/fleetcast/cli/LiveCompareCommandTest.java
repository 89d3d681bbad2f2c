package dev.fleetcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.formats.comparison.LiveComparison;
import dev.fleetcast.formats.comparison.LiveComparisonReader;
import dev.fleetcast.formats.output.ResultFiles;
import dev.fleetcast.experiments.run.ReplicationRunner;
import dev.fleetcast.reports.Reports;
import java.util.ArrayList;
import dev.fleetcast.formats.scenario.ScenarioReader;
import dev.fleetcast.formats.trace.TraceJson;
import dev.fleetcast.model.result.PlatformOutcome;
import dev.fleetcast.model.scenario.GatewaySpec;
import dev.fleetcast.model.scenario.PlatformScenario;
import dev.fleetcast.model.timeline.DeviceEvent;
import dev.fleetcast.model.timeline.DeviceEventKind;
import dev.fleetcast.model.trace.GatewaySeries;
import dev.fleetcast.model.trace.Trace;
import dev.fleetcast.sim.kernel.Engine;
import dev.fleetcast.sim.platform.PlatformRun;
import dev.fleetcast.sim.random.RandomStreams;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fleetcast live compare} end to end. The traces here are SIMULATED, not live: a run of
 * fleetcast's own simulator, written as a fleetcast trace in the test, stands in for a recording
 * (no cluster is involved).
 */
class LiveCompareCommandTest {

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

    /** A simulated (not live) run of the scenario with a seed no prediction below uses, as a trace file. */
    private Path simulatedTrace(String scenarioName, long enrollmentDelayNanos) throws IOException {
        PlatformScenario scenario = new ScenarioReader().read("s.yaml", SCENARIO).scenario();
        PlatformOutcome outcome = new PlatformRun(scenario, new RandomStreams(RandomStreams.replicationSeed(999, 0)),
                new Engine(), new PlatformRun.Keep(true, false)).run();
        List<DeviceEvent> timeline = outcome.timeline().stream()
                .map(e -> e.kind() == DeviceEventKind.ENROLLED ? new DeviceEvent(e.timeNanos() + enrollmentDelayNanos,
                        e.device(), e.kind(), e.gateway()) : e)
                .sorted(Comparator.comparingLong(DeviceEvent::timeNanos)).toList();
        Trace trace = new Trace(scenarioName, "simulated by fleetcast in a test, not live", "", timeline, List.of(),
                new GatewaySeries(scenario.gateways().stream().map(GatewaySpec::name).toList(), outcome.samples()),
                List.of(), List.of(), List.of(), List.of());
        return Files.writeString(temp.resolve("trace-" + scenarioName + "-" + enrollmentDelayNanos + ".json"),
                new TraceJson().write(trace));
    }

    @Test
    void comparesASimulatedTraceWithAFreshPredictionAndWritesTheComparisonAndTheReport() throws IOException {
        Path scenario = Files.writeString(temp.resolve("s.yaml"), SCENARIO);
        Path trace = simulatedTrace("small-failover", 0);
        Path out = temp.resolve("out");

        int code = cli.run("live", "compare", trace.toString(), scenario.toString(), "--seed", "42", "--threads", "2",
                "-o", out.toString());

        assertThat(code).as(cli.err()).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).contains("small-failover: observed (live)", "against 40 replications, seed 42",
                "enrollment-latency-median", "failover-recovery-p95", "devices-moved", "gateway-3",
                "detection-time-median", "not observed", "Comparison: ", "Report: ");
        LiveComparison comparison = new LiveComparisonReader().read(out.resolve("live-comparison.json"));
        assertThat(comparison.prediction().replications()).isEqualTo(40);
        assertThat(comparison.figures()).hasSize(11);
        assertThat(comparison.gateways()).hasSize(3);
        assertThat(out.resolve("comparison.md")).content().contains("# Predicted versus observed (live)");
        assertThat(out.resolve("report.html")).content().contains("Predicted versus observed (live): small-failover");
        assertThat(out.resolve("figures/observed-small-failover-live-devices-per-gateway.png")).exists();
        assertThat(out.resolve("prediction/replication-039.json")).exists();

        // The same prediction read back from its result files gives the same figures and bands.
        Path again = temp.resolve("again");
        assertThat(cli.run("live", "compare", trace.toString(), scenario.toString(), "--prediction",
                out.resolve("prediction").toString(), "-o", again.toString())).as(cli.err()).isEqualTo(ExitCodes.OK);
        LiveComparison read = new LiveComparisonReader().read(again.resolve("live-comparison.json"));
        assertThat(read.figures()).isEqualTo(comparison.figures());
        assertThat(read.gateways()).isEqualTo(comparison.gateways());
        assertThat(read.prediction().description()).isEqualTo(out.resolve("prediction").toString());
    }

    @Test
    void figuresOutsideTheBandAreAFindingSaidPlainlyWithExitCodeZero() throws IOException {
        Path scenario = Files.writeString(temp.resolve("s.yaml"), SCENARIO);
        Path late = simulatedTrace("small-failover", 60_000_000_000L); // every enrollment a minute late

        int code = cli.run("live", "compare", late.toString(), scenario.toString(), "--replications", "10", "--seed",
                "42", "--threads", "2", "-o", temp.resolve("late").toString());

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).contains("OUTSIDE the predicted band: enrollment-latency-median", "not an error",
                "fewer than 40");
    }

    @Test
    void aTraceOfAnotherScenarioIsComparedWithAWarning() throws IOException {
        Path scenario = Files.writeString(temp.resolve("s.yaml"), SCENARIO);
        Path trace = simulatedTrace("some-other-scenario", 0);

        int code = cli.run("live", "compare", trace.toString(), scenario.toString(), "--replications", "3",
                "--threads", "1", "-o", temp.resolve("other").toString());

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(cli.err()).contains("warning:", "\"some-other-scenario\"", "\"small-failover\"");
    }

    @Test
    void aMissingOrMalformedTraceOrScenarioIsAUserErrorNamingTheFile() throws IOException {
        Path scenario = Files.writeString(temp.resolve("s.yaml"), SCENARIO);
        Path trace = simulatedTrace("small-failover", 0);
        Path malformed = Files.writeString(temp.resolve("bad-trace.json"), "{\"kind\": \"fleetcast-trace\", ");
        Path badScenario = Files.writeString(temp.resolve("bad.yaml"), "schemaVersion: 1\ndevices: zero\n");

        assertThat(cli.run("live", "compare", temp.resolve("nope.json").toString(), scenario.toString(), "-o",
                temp.resolve("x").toString())).isEqualTo(ExitCodes.INPUT);
        assertThat(cli.err()).contains("nope.json", "no such file");
        assertThat(cli.run("live", "compare", malformed.toString(), scenario.toString(), "-o",
                temp.resolve("x").toString())).isEqualTo(ExitCodes.INPUT);
        assertThat(cli.err()).contains("bad-trace.json", "malformed JSON");
        assertThat(cli.run("live", "compare", trace.toString(), badScenario.toString(), "-o",
                temp.resolve("x").toString())).isEqualTo(ExitCodes.INPUT);
        assertThat(cli.err()).contains("bad.yaml", "devices");
        assertThat(cli.run("live", "compare", trace.toString(), scenario.toString(), "--prediction",
                temp.resolve("nothing-here").toString(), "-o", temp.resolve("x").toString()))
                .isEqualTo(ExitCodes.INPUT);
        assertThat(cli.err()).contains("nothing-here", "no such directory");
        assertThat(cli.err()).doesNotContain("Exception", "\tat ");
    }

    /**
     * The demo's hook: the comparison files without a report, in a directory of a larger output,
     * then one report over that output (as the demo makes it) with a "Predicted versus observed
     * (test stand-in)" part; the prediction reuses a result directory, as the demo can reuse its
     * own failover run.
     */
    @Test
    void theDemoHookWritesTheComparisonThatAReportOverTheWholeOutputDraws() throws IOException {
        Path scenario = Files.writeString(temp.resolve("s.yaml"), SCENARIO);
        Path trace = simulatedTrace("small-failover", 0);
        Path demo = temp.resolve("demo");
        assertThat(cli.run("run", scenario.toString(), "--replications", "5", "--threads", "2", "-o",
                demo.resolve("small-failover").toString())).isEqualTo(ExitCodes.OK);
        List<String> warnings = new ArrayList<>();

        LiveComparisonRun.Written written = LiveComparisonRun.write(trace, Scenarios.read(scenario),
                new LiveComparisonRun.Options(0, 1, 1, java.util.Optional.of(demo.resolve("small-failover")),
                        "test stand-in"), ResultFiles.in(demo.resolve("observed")), ReplicationRunner.Progress.SILENT,
                warnings::add, false);

        assertThat(written.report()).isEmpty();
        assertThat(warnings).isEmpty();
        assertThat(written.comparison().label()).isEqualTo("test stand-in");
        assertThat(written.comparison().prediction().replications()).isEqualTo(5);
        assertThat(written.comparison().notes()).anyMatch(n -> n.contains("fewer than 40"));
        Path html = Reports.write(List.of(demo), demo.resolve("report"));
        assertThat(Files.readString(html)).contains("Predicted versus observed (test stand-in): small-failover",
                "Study: small-failover");
    }
}
