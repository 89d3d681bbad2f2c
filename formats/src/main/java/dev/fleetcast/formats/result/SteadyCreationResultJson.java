package dev.fleetcast.formats.result;

import dev.fleetcast.formats.Durations;
import dev.fleetcast.model.distribution.DurationDistribution;
import dev.fleetcast.model.distribution.UniformDuration;
import dev.fleetcast.model.result.LatencySummary;
import dev.fleetcast.model.result.SteadyCreationOutcome;
import dev.fleetcast.model.result.SteadyCreationResult;
import dev.fleetcast.model.scenario.SteadyCreationFleet;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The result file of a steady-creation study ({@code result.json}, kind
 * {@code steady-creation-result}, schemaVersion 1; see docs/formats.md). It holds what was
 * run and what came of it, and nothing that differs between two runs of the same seed on
 * the same JDK, so such runs write identical bytes.
 */
public final class SteadyCreationResultJson {

    /** The version of this file's schema; bumped on any incompatible change. */
    public static final int SCHEMA_VERSION = 1;

    private static final double NANOS_PER_SECOND = 1e9;

    private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** The file's text, ending in a newline. */
    public String write(SteadyCreationResult result, String fleetcastVersion) {
        ObjectNode root = mapper.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("kind", "steady-creation-result");
        root.put("fleetcastVersion", fleetcastVersion);
        root.put("seed", result.seed());
        study(root.putObject("study"), result.fleet());
        SteadyCreationOutcome outcome = result.outcome();
        ObjectNode counts = root.putObject("devicesPerGateway");
        outcome.devicesPerGateway().forEach(counts::put);
        ArrayNode unassigned = root.putArray("unassigned");
        outcome.unassigned().forEach(unassigned::add);
        latency(root.putObject("enrollmentLatencySeconds"), result.enrollmentLatency());
        root.put("eventsProcessed", outcome.eventsProcessed());
        root.put("simulatedSeconds", outcome.endTimeNanos() / NANOS_PER_SECOND);
        return mapper.writeValueAsString(root) + "\n";
    }

    private static void study(ObjectNode node, SteadyCreationFleet fleet) {
        node.put("name", "steady-creation");
        node.put("devices", fleet.devices());
        ArrayNode gateways = node.putArray("gateways");
        fleet.gateways().forEach(gateways::add);
        node.put("creationInterval", Durations.format(fleet.creationIntervalNanos()));
        node.put("podStartup", describe(fleet.podStartup()));
        node.put("policy", fleet.policy().name());
    }

    private static void latency(ObjectNode node, LatencySummary summary) {
        node.put("count", summary.count());
        if (summary.count() == 0) {
            return;
        }
        node.put("min", summary.minNanos() / NANOS_PER_SECOND);
        node.put("mean", summary.meanNanos() / NANOS_PER_SECOND);
        node.put("p50", summary.p50Nanos() / NANOS_PER_SECOND);
        node.put("p95", summary.p95Nanos() / NANOS_PER_SECOND);
        node.put("p99", summary.p99Nanos() / NANOS_PER_SECOND);
        node.put("max", summary.maxNanos() / NANOS_PER_SECOND);
    }

    /** The distribution in the spec syntax that scenario files will use. */
    static String describe(DurationDistribution distribution) {
        if (distribution instanceof UniformDuration uniform) {
            return "uniform(" + Durations.format(uniform.minNanos()) + ", " + Durations.format(uniform.maxNanos()) + ")";
        }
        throw new IllegalArgumentException("no file syntax for " + distribution.getClass().getName());
    }
}
