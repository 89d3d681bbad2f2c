package dev.fleetcast.formats.result;

import dev.fleetcast.formats.Durations;
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
        JsonNumbers.latency(root.putObject("enrollmentLatencySeconds"), result.enrollmentLatency());
        root.put("eventsProcessed", outcome.eventsProcessed());
        root.put("simulatedSeconds", JsonNumbers.seconds(outcome.endTimeNanos()));
        return mapper.writeValueAsString(root) + "\n";
    }

    private static void study(ObjectNode node, SteadyCreationFleet fleet) {
        node.put("name", "steady-creation");
        node.put("devices", fleet.devices());
        ArrayNode gateways = node.putArray("gateways");
        fleet.gateways().forEach(gateways::add);
        node.put("creationInterval", Durations.format(fleet.creationIntervalNanos()));
        node.put("podStartup", ScenarioJson.describe(fleet.podStartup()));
        node.put("policy", fleet.policy().name());
    }
}
