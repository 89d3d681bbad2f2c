package dev.fleetcast.formats.result;

import dev.fleetcast.model.assignment.Decision;
import dev.fleetcast.model.discipline.DecisionRecord;
import dev.fleetcast.model.metrics.Imbalance;
import dev.fleetcast.model.result.AutoscalingOutcome;
import dev.fleetcast.model.result.GatewaySample;
import dev.fleetcast.model.result.LoadSample;
import dev.fleetcast.model.result.MessageOutcome;
import dev.fleetcast.model.result.LatencySummary;
import dev.fleetcast.model.result.PlatformOutcome;
import dev.fleetcast.model.result.ReplicaSample;
import dev.fleetcast.model.result.ScalingEvent;
import dev.fleetcast.model.scenario.PlatformScenario;
import dev.fleetcast.model.timeline.DeviceEvent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One replication's result file ({@code replication-<r>.json}, kind {@code platform-result},
 * schemaVersion 1; see docs/formats.md). Nothing in it differs between two runs of the same
 * scenario and seed on the same JDK.
 */
public final class PlatformResultJson {

    /** The version of this file's schema. */
    public static final int SCHEMA_VERSION = 1;

    private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private final Function<long[], LatencySummary> summarise;

    /**
     * @param summarise how latencies are summarised (experiments' HdrHistogram summary), so
     *     that files and summaries agree
     */
    public PlatformResultJson(Function<long[], LatencySummary> summarise) {
        this.summarise = summarise;
    }

    /** The file's text, ending in a newline. */
    public String write(PlatformScenario scenario, long scenarioSeed, int replication, long seed,
            PlatformOutcome outcome, String fleetcastVersion) {
        return write(scenario, scenarioSeed, replication, seed, outcome, fleetcastVersion, Map.of());
    }

    /**
     * The file's text, with {@code metrics} — the replication's summary scalars by name, in the
     * order given — so that a summary can be rebuilt from the files alone (a resumed sweep does).
     */
    public String write(PlatformScenario scenario, long scenarioSeed, int replication, long seed,
            PlatformOutcome outcome, String fleetcastVersion, Map<String, Double> metrics) {
        ObjectNode root = mapper.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("kind", "platform-result");
        root.put("fleetcastVersion", fleetcastVersion);
        root.put("scenarioSeed", scenarioSeed);
        root.put("replication", replication);
        root.put("seed", seed);
        ScenarioJson.write(root.putObject("scenario"), scenario);
        counts(root.putObject("devicesPerGateway"), outcome.assignedPerGateway());
        counts(root.putObject("connectedPerGateway"), outcome.connectedPerGateway());
        ArrayNode running = root.putArray("runningGateways");
        outcome.runningGateways().forEach(running::add);
        ObjectNode balance = root.putObject("imbalance");
        if (!outcome.runningGateways().isEmpty()) {
            Imbalance imbalance = Imbalance.of(outcome.assignedPerRunningGateway().values());
            balance.put("overRunningGateways", true);
            balance.put("maxOverMean", imbalance.maxOverMean());
            balance.put("coefficientOfVariation", imbalance.coefficientOfVariation());
            balance.put("populationVariance", imbalance.populationVariance());
            balance.put("maxMinusMin", imbalance.maxMinusMin());
        }
        samples(root.putObject("samples"), scenario, outcome);
        JsonNumbers.latency(root.putObject("enrollmentLatencySeconds"), summarise.apply(outcome.enrollmentLatencies()));
        JsonNumbers.latency(root.putObject("detectionTimeSeconds"), summarise.apply(outcome.detectionTimes()));
        JsonNumbers.latency(root.putObject("failoverRecoverySeconds"), summarise.apply(outcome.failoverRecoveries()));
        root.put("devicesMoved", outcome.devicesMoved());
        ObjectNode api = root.putObject("api");
        api.put("writes", outcome.apiWrites());
        api.put("conflicts", outcome.apiConflicts());
        api.put("lists", outcome.apiLists());
        ArrayNode stuck = root.putArray("stuck");
        outcome.stuck().forEach(stuck::add);
        outcome.messages().ifPresent(messages -> messages(root.putObject("messages"), scenario, messages));
        outcome.autoscaling().ifPresent(scaling -> autoscaling(root.putObject("autoscaling"), scaling));
        if (!metrics.isEmpty()) {
            ObjectNode values = root.putObject("metrics");
            metrics.forEach((name, value) -> JsonNumbers.putNullable(values, name, value));
        }
        root.put("eventsProcessed", outcome.eventsProcessed());
        root.put("simulatedSeconds", JsonNumbers.seconds(outcome.endTimeNanos()));
        if (!outcome.decisions().isEmpty()) {
            decisions(root.putArray("decisions"), outcome);
        }
        if (!outcome.timeline().isEmpty()) {
            timeline(root.putArray("timeline"), outcome);
        }
        return mapper.writeValueAsString(root) + "\n";
    }

    private static void counts(ObjectNode node, Map<String, Integer> counts) {
        counts.forEach(node::put);
    }

    private static void samples(ObjectNode node, PlatformScenario scenario, PlatformOutcome outcome) {
        node.put("intervalSeconds", JsonNumbers.seconds(scenario.samplingIntervalNanos()));
        ArrayNode gateways = node.putArray("gateways");
        scenario.gateways().forEach(g -> gateways.add(g.name()));
        ArrayNode rows = node.putArray("rows");
        for (GatewaySample sample : outcome.samples()) {
            ArrayNode row = rows.addArray();
            row.add(JsonNumbers.seconds(sample.timeNanos()));
            for (int devices : sample.devices()) {
                row.add(devices);
            }
        }
    }

    private static void messages(ObjectNode node, PlatformScenario scenario, MessageOutcome messages) {
        node.put("completed", messages.completed());
        JsonNumbers.latency(node.putObject("waitingSeconds"), messages.waiting());
        JsonNumbers.latency(node.putObject("responseSeconds"), messages.response());
        ObjectNode samples = node.putObject("samples");
        samples.put("intervalSeconds", JsonNumbers.seconds(scenario.samplingIntervalNanos()));
        ArrayNode gateways = samples.putArray("gateways");
        scenario.gateways().forEach(g -> gateways.add(g.name()));
        ArrayNode utilization = samples.putArray("utilization");
        ArrayNode queued = samples.putArray("queued");
        for (LoadSample sample : messages.samples()) {
            ArrayNode u = utilization.addArray().add(JsonNumbers.seconds(sample.timeNanos()));
            Arrays.stream(sample.utilization()).forEach(u::add);
            ArrayNode q = queued.addArray().add(JsonNumbers.seconds(sample.timeNanos()));
            Arrays.stream(sample.queued()).forEach(q::add);
        }
    }

    private static void autoscaling(ObjectNode node, AutoscalingOutcome scaling) {
        node.put("gateway", scaling.gateway());
        node.put("replicaSeconds", scaling.replicaSeconds());
        if (scaling.firstScaleUpNanos() >= 0) {
            node.put("firstScaleUpSeconds", JsonNumbers.seconds(scaling.firstScaleUpNanos()));
        }
        node.put("aboveLatencyTargetSeconds", JsonNumbers.seconds(scaling.aboveLatencyTargetNanos()));
        ArrayNode columns = node.putArray("sampleColumns");
        List.of("timeSeconds", "desired", "existing", "ready", "metric").forEach(columns::add);
        ArrayNode rows = node.putArray("samples");
        for (ReplicaSample sample : scaling.samples()) {
            ArrayNode row = rows.addArray().add(JsonNumbers.seconds(sample.timeNanos())).add(sample.desired())
                    .add(sample.existing()).add(sample.ready());
            if (Double.isNaN(sample.metric())) {
                row.addNull();
            } else {
                row.add(sample.metric());
            }
        }
        ArrayNode events = node.putArray("events");
        for (ScalingEvent event : scaling.events()) {
            ObjectNode e = events.addObject();
            e.put("timeSeconds", JsonNumbers.seconds(event.timeNanos()));
            e.put("from", event.from());
            e.put("to", event.to());
            e.put("reason", event.reason());
        }
    }

    private static void decisions(ArrayNode array, PlatformOutcome outcome) {
        for (DecisionRecord record : outcome.decisions()) {
            ObjectNode node = array.addObject();
            node.put("device", record.device());
            if (record.decision() instanceof Decision.Assigned assigned) {
                node.put("gateway", assigned.gateway());
            } else {
                node.putNull("gateway");
                node.put("reason", ((Decision.NoneAvailable) record.decision()).reason());
            }
            node.put("policy", record.policy());
            node.put("discipline", record.discipline());
            node.put("attempt", record.attempt());
            counts(node.putObject("countsSeen"), record.countsSeen());
        }
    }

    private static void timeline(ArrayNode array, PlatformOutcome outcome) {
        for (DeviceEvent event : outcome.timeline()) {
            ObjectNode node = array.addObject();
            node.put("timeSeconds", JsonNumbers.seconds(event.timeNanos()));
            node.put("device", event.device());
            node.put("event", ScenarioJson.enumName(event.kind()));
            if (!event.gateway().isEmpty()) {
                node.put("gateway", event.gateway());
            }
        }
    }
}
