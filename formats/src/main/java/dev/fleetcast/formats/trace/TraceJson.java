package dev.fleetcast.formats.trace;

import dev.fleetcast.formats.Seconds;
import dev.fleetcast.formats.validation.Fields;
import dev.fleetcast.model.assignment.Decision;
import dev.fleetcast.model.result.GatewaySample;
import dev.fleetcast.model.timeline.DeviceEvent;
import dev.fleetcast.model.trace.ApiCall;
import dev.fleetcast.model.trace.PodObservation;
import dev.fleetcast.model.trace.PodPhaseSample;
import dev.fleetcast.model.trace.ScaleChange;
import dev.fleetcast.model.trace.Trace;
import dev.fleetcast.model.trace.TraceDecision;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a trace as a {@code fleetcast-trace} file (schemaVersion 1; docs/traces.md). One item
 * of each list a line, so that a trace of thousands of events stays readable and diffs well;
 * times are exact decimal seconds. The same trace always gives the same bytes.
 */
public final class TraceJson {

    /** The version of the schema this writes and {@link TraceReader} reads. */
    public static final int SCHEMA_VERSION = 1;

    /** The file's {@code kind}. */
    public static final String KIND = "fleetcast-trace";

    private final JsonMapper mapper = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    /** The file's text, ending in a newline. Empty parts are left out (a reader takes absent as empty). */
    public String write(Trace trace) {
        StringBuilder text = new StringBuilder("{\n");
        field(text, "schemaVersion", mapper.getNodeFactory().numberNode(SCHEMA_VERSION));
        field(text, "kind", mapper.getNodeFactory().stringNode(KIND));
        optional(text, "scenario", trace.scenario());
        optional(text, "source", trace.source());
        optional(text, "startedAt", trace.startedAt());
        list(text, "timeline", trace.timeline(), this::event);
        if (!trace.decisions().isEmpty()) {
            list(text, "decisions", trace.decisions(), this::decision);
        }
        if (!trace.gatewaySamples().gateways().isEmpty() || !trace.gatewaySamples().rows().isEmpty()) {
            ArrayNode gateways = mapper.createArrayNode();
            trace.gatewaySamples().gateways().forEach(gateways::add);
            text.append("  \"gatewaySamples\" : {\n    \"gateways\" : ").append(mapper.writeValueAsString(gateways))
                    .append(",\n    \"rows\" : ");
            items(text, trace.gatewaySamples().rows(), this::row, "    ");
            text.append("\n  },\n");
        }
        if (!trace.pods().isEmpty()) {
            list(text, "pods", trace.pods(), this::pod);
        }
        if (!trace.podPhases().isEmpty()) {
            list(text, "podPhases", trace.podPhases(), this::phases);
        }
        if (!trace.scaling().isEmpty()) {
            list(text, "scaling", trace.scaling(), this::scale);
        }
        if (!trace.apiCalls().isEmpty()) {
            list(text, "apiCalls", trace.apiCalls(), this::call);
        }
        text.setLength(text.length() - 2);
        return text.append("\n}\n").toString();
    }

    private JsonNode event(DeviceEvent event) {
        ObjectNode node = mapper.createObjectNode();
        node.put("timeSeconds", Seconds.of(event.timeNanos()));
        node.put("device", event.device());
        node.put("event", Fields.kebab(event.kind()));
        if (!event.gateway().isEmpty()) {
            node.put("gateway", event.gateway());
        }
        return node;
    }

    private JsonNode decision(TraceDecision decision) {
        ObjectNode node = mapper.createObjectNode();
        node.put("timeSeconds", Seconds.of(decision.timeNanos()));
        node.put("device", decision.device());
        if (decision.decision() instanceof Decision.Assigned assigned) {
            node.put("gateway", assigned.gateway());
        } else if (decision.decision() instanceof Decision.NoneAvailable none) {
            node.putNull("gateway");
            node.put("reason", none.reason());
        }
        node.put("policy", decision.policy());
        node.put("discipline", decision.discipline());
        node.put("attempt", decision.attempt());
        ObjectNode counts = node.putObject("countsSeen");
        decision.countsSeen().forEach(counts::put);
        return node;
    }

    private JsonNode row(GatewaySample sample) {
        ArrayNode row = mapper.createArrayNode().add(Seconds.of(sample.timeNanos()));
        for (int devices : sample.devices()) {
            row.add(devices);
        }
        return row;
    }

    private JsonNode pod(PodObservation pod) {
        ObjectNode node = mapper.createObjectNode();
        node.put("name", pod.name());
        node.put("role", Fields.kebab(pod.role()));
        node.put("createdSeconds", Seconds.of(pod.createdNanos()));
        time(node, "scheduledSeconds", pod.scheduledNanos());
        time(node, "containersStartedSeconds", pod.containersStartedNanos());
        time(node, "readySeconds", pod.readyNanos());
        node.put("restarts", pod.restarts());
        return node;
    }

    private JsonNode phases(PodPhaseSample sample) {
        ObjectNode node = mapper.createObjectNode();
        node.put("timeSeconds", Seconds.of(sample.timeNanos()));
        ObjectNode counts = node.putObject("counts");
        sample.counts().forEach(counts::put);
        return node;
    }

    private JsonNode scale(ScaleChange change) {
        ObjectNode node = mapper.createObjectNode();
        node.put("timeSeconds", Seconds.of(change.timeNanos()));
        node.put("target", change.target());
        change.from().ifPresent(from -> node.put("from", from));
        node.put("to", change.to());
        node.put("reason", change.reason());
        return node;
    }

    private JsonNode call(ApiCall call) {
        ObjectNode node = mapper.createObjectNode();
        node.put("startSeconds", Seconds.of(call.startNanos()));
        node.put("verb", Fields.kebab(call.verb()));
        node.put("latencySeconds", Seconds.of(call.latencyNanos()));
        call.items().ifPresent(items -> node.put("items", items));
        return node;
    }

    private static void time(ObjectNode node, String field, OptionalLong nanos) {
        nanos.ifPresent(value -> node.put(field, Seconds.of(value)));
    }

    private void field(StringBuilder text, String name, JsonNode value) {
        text.append("  ").append(mapper.writeValueAsString(name)).append(" : ").append(mapper.writeValueAsString(value))
                .append(",\n");
    }

    private void optional(StringBuilder text, String name, String value) {
        if (!value.isEmpty()) {
            field(text, name, mapper.getNodeFactory().stringNode(value));
        }
    }

    private <T> void list(StringBuilder text, String name, List<T> values, Function<T, JsonNode> item) {
        text.append("  ").append(mapper.writeValueAsString(name)).append(" : ");
        items(text, values, item, "  ");
        text.append(",\n");
    }

    /** {@code [}, each item on its own line indented one step more than {@code indent}, {@code ]}. */
    private <T> void items(StringBuilder text, List<T> values, Function<T, JsonNode> item, String indent) {
        if (values.isEmpty()) {
            text.append("[ ]");
            return;
        }
        text.append("[\n");
        for (int i = 0; i < values.size(); i++) {
            text.append(indent).append("  ").append(mapper.writeValueAsString(item.apply(values.get(i))))
                    .append(i + 1 < values.size() ? ",\n" : "\n");
        }
        text.append(indent).append("]");
    }
}
