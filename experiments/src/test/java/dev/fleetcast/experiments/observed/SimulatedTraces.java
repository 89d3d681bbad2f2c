package dev.fleetcast.experiments.observed;

import dev.fleetcast.model.result.PlatformOutcome;
import dev.fleetcast.model.scenario.GatewaySpec;
import dev.fleetcast.model.scenario.PlatformScenario;
import dev.fleetcast.model.trace.GatewaySeries;
import dev.fleetcast.model.trace.Trace;
import dev.fleetcast.sim.kernel.Engine;
import dev.fleetcast.sim.platform.PlatformRun;
import dev.fleetcast.sim.random.RandomStreams;
import java.util.List;

/**
 * Traces made by the simulator, for tests — simulated, not live: what a recorder would have
 * written had the simulated run been a real one (its device timeline and its devices-per-gateway
 * samples).
 */
final class SimulatedTraces {

    private SimulatedTraces() {
    }

    /** 30 devices, 3 gateways, round-robin with a ledger, gateway-1 killed at 200 s, 8 minutes. */
    static PlatformScenario smallFailover() {
        return ObservedFiguresTest.scenario("""
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
                """);
    }

    /** The trace of one simulated run of {@code scenario} with replication seed {@code seed}. */
    static Trace of(PlatformScenario scenario, long seed) {
        PlatformOutcome outcome = new PlatformRun(scenario, new RandomStreams(seed), new Engine(),
                new PlatformRun.Keep(true, false)).run();
        List<String> gateways = scenario.gateways().stream().map(GatewaySpec::name).toList();
        return new Trace(scenario.name(), "simulated by fleetcast's simulator, seed " + seed + " (not live)", "",
                outcome.timeline(), List.of(), new GatewaySeries(gateways, outcome.samples()), List.of(), List.of(),
                List.of(), List.of());
    }
}
