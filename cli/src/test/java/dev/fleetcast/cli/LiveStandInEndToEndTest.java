package dev.fleetcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.formats.trace.TraceReader;
import dev.fleetcast.model.timeline.DeviceEventKind;
import dev.fleetcast.model.trace.Trace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented end-to-end commands on the test stand-in: {@code fleetcast live run --stand-in}
 * plays a scenario with real gateway servers, controllers and device agents on 127.0.0.1 and
 * records a trace, and {@code fleetcast live compare} places that trace in the simulator's
 * prediction of the same scenario.
 */
class LiveStandInEndToEndTest {

    @TempDir
    Path directory;

    @Test
    void liveRunOnTheStandInThenLiveCompareFromTheCommandLine() throws Exception {
        Path scenario = directory.resolve("stand-in-failover.yaml");
        Files.writeString(scenario, """
                schemaVersion: 1
                name: stand-in-failover
                seed: 5
                devices: 12
                creation: {kind: steady, start: 2s, interval: 50ms}
                gateways: 3
                controller: {policy: least-connections, discipline: ledger}
                faults:
                  - {at: 5s, gateway: gateway-1, kind: delete}
                latencies:
                  gatewayRollout: uniform(100ms, 300ms)
                duration: 2m
                """);
        Path out = directory.resolve("live");

        CliRun run = new CliRun();
        int code = run.run("live", "run", scenario.toString(), "--stand-in", "--plain", "-o", out.toString());

        assertThat(code).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("stand-in API server at http://127.0.0.1:", "settled, 12 of 12 devices connected",
                "Trace written to");
        Trace trace = new TraceReader().read(out.resolve("trace.json"));
        assertThat(trace.byDevice()).hasSize(12);
        assertThat(trace.source()).contains("on the test stand-in", "not a cluster");
        assertThat(trace.timeline()).extracting(e -> e.kind()).contains(DeviceEventKind.GATEWAY_LOST,
                DeviceEventKind.REASSIGNED);
        assertThat(trace.gatewaySamples().last().orElseThrow()).containsEntry("gateway-2", 6)
                .containsEntry("gateway-3", 6);
        assertThat(out.resolve("certs").resolve("ca.crt")).exists();

        CliRun compare = new CliRun();
        Path comparison = directory.resolve("comparison");
        code = compare.run("live", "compare", out.resolve("trace.json").toString(), scenario.toString(),
                "--replications", "10", "--threads", "1", "-o", comparison.toString());

        assertThat(code).as(compare.err()).isEqualTo(ExitCodes.OK);
        assertThat(compare.out()).contains("enrollment-latency", "failover-recovery", "gateway-2", "Report:");
        assertThat(comparison.resolve("live-comparison.json")).exists();
        assertThat(comparison.resolve("report.html")).exists();
    }
}
