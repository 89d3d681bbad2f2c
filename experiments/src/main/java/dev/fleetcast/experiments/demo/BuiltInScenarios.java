package dev.fleetcast.experiments.demo;

import dev.fleetcast.formats.scenario.ScenarioFile;
import dev.fleetcast.formats.scenario.Includes;
import dev.fleetcast.formats.scenario.ScenarioReader;
import dev.fleetcast.model.assignment.AssignmentPolicy;
import dev.fleetcast.model.assignment.Policies;
import dev.fleetcast.model.scenario.ControllerSettings;
import dev.fleetcast.model.scenario.PlatformScenario;
import dev.fleetcast.model.scenario.WasmbedDefaults;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The scenarios that reproduce WASMBED's experiments, shipped as YAML resources
 * ({@code dev/fleetcast/experiments/scenarios/*.yaml}) and read like any user's file.
 */
public final class BuiltInScenarios {

    /** The enrollment experiment under each policy and discipline reported for WASMBED. */
    public static final List<String> ENROLLMENT = List.of("enrollment-first-available",
            "enrollment-preferred-hash-mod-n", "enrollment-least-connections-naive",
            "enrollment-least-connections-ledger");

    /** The failover experiment: 100 devices on 5 gateways, gateway-1 deleted. */
    public static final String FAILOVER = "failover-100-5";

    /** A gateway joins a running fleet; rebalancing within a budget. */
    public static final String GATEWAY_JOINS = "gateway-joins-60-2";

    /** A gateway is deleted from a running fleet; failover, then rebalancing within a budget. */
    public static final String GATEWAY_LEAVES = "gateway-leaves-60-3";

    /** WASMBED's gateway HPA scaling one gateway's Deployment, under a ramp and under a spike. */
    public static final List<String> AUTOSCALING = List.of("wasmbed-hpa-ramp", "wasmbed-hpa-spike");

    private static final String FOLDER = "/dev/fleetcast/experiments/scenarios/";

    /** The policies whose moves the demo compares when a gateway joins or leaves. */
    public static final List<String> JOIN_POLICIES = List.of("least-connections", "preferred-hash-mod-n",
            "bounded-load-consistent-hashing");

    private BuiltInScenarios() {
    }

    /** Reads the built-in scenario {@code name}. */
    public static ScenarioFile load(String name) {
        String resource = FOLDER + name + ".yaml";
        try (InputStream in = BuiltInScenarios.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no built-in scenario " + name);
            }
            return new ScenarioReader().read(name + ".yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    Includes.resources(BuiltInScenarios.class, FOLDER));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in scenario " + name, e);
        }
    }

    /** {@code scenario} under another policy (by catalogue name), renamed to say so. */
    public static PlatformScenario withPolicy(PlatformScenario scenario, String policy) {
        ControllerSettings c = scenario.controller();
        AssignmentPolicy chosen = Policies.byName(policy, false)
                .orElseThrow(() -> new IllegalArgumentException("no policy " + policy));
        return new PlatformScenario(scenario.name() + "-" + policy, scenario.devices(), scenario.creation(),
                scenario.gateways(), new ControllerSettings(chosen, c.discipline(), c.workers(), c.readMode(),
                        c.requeueIntervalNanos(), c.failoverTrigger(), c.rebalance()),
                scenario.latencies(), scenario.heartbeat(), scenario.faults(), scenario.durationNanos(),
                scenario.samplingIntervalNanos(), scenario.load(), scenario.autoscaling());
    }

    /** {@code scenario} with {@code devices} devices on gateways {@code gateway-1..n}, renamed to say so. */
    public static PlatformScenario resized(PlatformScenario scenario, int devices, int gateways) {
        return new PlatformScenario(scenario.name() + "-" + devices + "-" + gateways, devices, scenario.creation(),
                WasmbedDefaults.gateways(gateways), scenario.controller(), scenario.latencies(), scenario.heartbeat(),
                scenario.faults(), scenario.durationNanos(), scenario.samplingIntervalNanos(), scenario.load(), scenario.autoscaling());
    }
}
