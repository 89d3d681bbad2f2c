package dev.fleetcast.formats.trace;

import dev.fleetcast.formats.Seconds;
import dev.fleetcast.formats.validation.Fields;
import dev.fleetcast.formats.validation.InvalidFileException;
import dev.fleetcast.formats.validation.Items;
import dev.fleetcast.formats.validation.Problems;
import dev.fleetcast.formats.yaml.Node;
import dev.fleetcast.formats.yaml.YamlSyntaxException;
import dev.fleetcast.formats.yaml.YamlTree;
import dev.fleetcast.model.assignment.Decision;
import dev.fleetcast.model.timeline.DeviceEvent;
import dev.fleetcast.model.timeline.DeviceEventKind;
import dev.fleetcast.model.trace.GatewaySeries;
import dev.fleetcast.model.trace.PodObservation;
import dev.fleetcast.model.trace.PodRole;
import dev.fleetcast.model.trace.Trace;
import dev.fleetcast.model.trace.TraceDecision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Reads a {@code fleetcast-trace} file (JSON, schemaVersion 1; docs/traces.md) into model's
 * {@link Trace}. Every problem is collected and thrown together, each with line, field path,
 * what was found and what is allowed; the reader never throws anything but an
 * {@link InvalidFileException}.
 */
public final class TraceReader {

    private static final Set<String> TOP = Set.of("schemaVersion", "kind", "scenario", "source", "startedAt",
            "timeline", "decisions", "gatewaySamples", "pods", "podPhases", "scaling", "apiCalls");

    /**
     * Reads and validates {@code file}.
     *
     * @throws InvalidFileException listing every problem, or saying the file is missing or unreadable
     */
    public Trace read(Path file) {
        String name = file.toString();
        try {
            return read(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw single(name, "no such file", "the path of a fleetcast trace (JSON)");
        } catch (IOException e) {
            throw single(name, "a file that cannot be read (" + e.getMessage() + ")", "a readable fleetcast trace");
        }
    }

    /** Reads and validates {@code text}, naming it {@code name} in messages. */
    public Trace read(String name, String text) {
        Node root;
        try {
            root = new YamlTree().parseJson(text);
        } catch (YamlSyntaxException e) {
            Problems problems = new Problems(name);
            problems.add(e.position(), "", "malformed JSON (" + e.getMessage() + ")",
                    "a JSON object of kind " + TraceJson.KIND);
            throw new InvalidFileException(name, problems.list());
        }
        return read(name, root);
    }

    /** Reads an already parsed document (the dispatcher parses once to recognise it). */
    public Trace read(String name, Node root) {
        Fields fields = new Fields(new Problems(name));
        Optional<Trace> trace = fields.mapping(root, "").flatMap(top -> trace(fields, top));
        fields.problems().throwIfAny();
        return trace.orElseThrow();
    }

    private static Optional<Trace> trace(Fields fields, Node.Mapping top) {
        fields.onlyKnownKeys(top, "", TOP);
        fields.required(top, "", "schemaVersion").flatMap(n -> fields.integer(n, "schemaVersion", 1, Long.MAX_VALUE))
                .filter(v -> v != TraceJson.SCHEMA_VERSION)
                .ifPresent(v -> fields.problems().add(top.entries().get("schemaVersion"), "schemaVersion",
                        "version " + v, "version " + TraceJson.SCHEMA_VERSION));
        fields.required(top, "", "kind").flatMap(n -> fields.string(n, "kind")).filter(k -> !k.equals(TraceJson.KIND))
                .ifPresent(k -> fields.problems().add(top.entries().get("kind"), "kind", "\"" + k + "\"",
                        "\"" + TraceJson.KIND + "\""));
        Optional<String> scenario = Items.text(fields, top, "", "scenario", "");
        Optional<String> source = Items.text(fields, top, "", "source", "");
        Optional<String> startedAt = Items.text(fields, top, "", "startedAt", "").filter(text -> {
            if (text.isEmpty() || instant(text)) {
                return true;
            }
            fields.problems().add(top.entries().get("startedAt"), "startedAt", "\"" + text + "\"",
                    "an ISO-8601 instant with its offset, such as 2025-10-26T12:20:18Z");
            return false;
        });
        Optional<List<DeviceEvent>> timeline = Items.optionalList(fields, top, "", "timeline", TraceReader::event)
                .filter(events -> ordered(fields, top, "timeline", "timeSeconds", events, DeviceEvent::timeNanos));
        Optional<List<TraceDecision>> decisions = Items.optionalList(fields, top, "", "decisions", TraceReader::decision)
                .filter(list -> ordered(fields, top, "decisions", "timeSeconds", list, TraceDecision::timeNanos));
        Optional<GatewaySeries> samples = Fields.optional(top, "gatewaySamples")
                .map(n -> TraceParts.gatewaySamples(fields, n)).orElse(Optional.of(GatewaySeries.EMPTY));
        Optional<List<PodObservation>> pods = Items.optionalList(fields, top, "", "pods", TraceReader::pod)
                .filter(list -> uniquePods(fields, top, list));
        var phases = Items.optionalList(fields, top, "", "podPhases", TraceParts::podPhases)
                .filter(list -> ordered(fields, top, "podPhases", "timeSeconds", list, p -> p.timeNanos()));
        var scaling = Items.optionalList(fields, top, "", "scaling", TraceParts::scaleChange)
                .filter(list -> ordered(fields, top, "scaling", "timeSeconds", list, c -> c.timeNanos()));
        var calls = Items.optionalList(fields, top, "", "apiCalls", TraceParts::apiCall);
        if (!fields.problems().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Trace(scenario.get(), source.get(), startedAt.get(), timeline.get(), decisions.get(),
                    samples.get(), pods.get(), phases.get(), scaling.get(), calls.get()));
        } catch (IllegalArgumentException e) {
            // The checks above mirror the model's; this is the net under them, so that nothing
            // reaches the user as a stack trace.
            fields.problems().add(top, "", "values the trace model refuses (" + e.getMessage() + ")",
                    "a consistent trace (docs/traces.md)");
            return Optional.empty();
        }
    }

    private static Optional<DeviceEvent> event(Fields fields, Node node, String path) {
        return fields.mapping(node, path).flatMap(m -> {
            fields.onlyKnownKeys(m, path, Set.of("timeSeconds", "device", "event", "gateway"));
            Optional<Long> time = fields.required(m, path, "timeSeconds")
                    .flatMap(n -> Seconds.read(fields, n, path + ".timeSeconds"));
            Optional<String> device = Items.name(fields, m, path, "device");
            Optional<DeviceEventKind> kind = fields.required(m, path, "event")
                    .flatMap(n -> fields.choice(n, path + ".event", DeviceEventKind.class));
            Optional<String> gateway = Items.text(fields, m, path, "gateway", "");
            if (time.isEmpty() || device.isEmpty() || kind.isEmpty() || gateway.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new DeviceEvent(time.get(), device.get(), kind.get(), gateway.get()));
        });
    }

    private static Optional<TraceDecision> decision(Fields fields, Node node, String path) {
        return fields.mapping(node, path).flatMap(m -> {
            fields.onlyKnownKeys(m, path, Set.of("timeSeconds", "device", "gateway", "reason", "policy", "discipline",
                    "attempt", "countsSeen"));
            Optional<Long> time = fields.required(m, path, "timeSeconds")
                    .flatMap(n -> Seconds.read(fields, n, path + ".timeSeconds"));
            Optional<String> device = Items.name(fields, m, path, "device");
            Optional<Decision> decision;
            if (Fields.optional(m, "gateway").isPresent()) {
                decision = Items.name(fields, m, path, "gateway").map(Decision.Assigned::new);
            } else if (Fields.optional(m, "reason").isPresent()) {
                decision = Items.text(fields, m, path, "reason", "").map(Decision.NoneAvailable::new);
            } else {
                fields.problems().add(m, path + ".gateway", "nothing", "the gateway chosen, or null and a reason");
                decision = Optional.empty();
            }
            Optional<String> policy = Items.name(fields, m, path, "policy");
            Optional<String> discipline = Items.name(fields, m, path, "discipline");
            Optional<Long> attempt = Fields.optional(m, "attempt")
                    .map(n -> fields.integer(n, path + ".attempt", 1, Integer.MAX_VALUE)).orElse(Optional.of(1L));
            Optional<Map<String, Integer>> counts = Fields.optional(m, "countsSeen")
                    .map(n -> Items.counts(fields, n, path + ".countsSeen")).orElse(Optional.of(Map.of()));
            if (time.isEmpty() || device.isEmpty() || decision.isEmpty() || policy.isEmpty() || discipline.isEmpty()
                    || attempt.isEmpty() || counts.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new TraceDecision(time.get(), device.get(), decision.get(), policy.get(),
                    discipline.get(), attempt.get().intValue(), counts.get()));
        });
    }

    private static Optional<PodObservation> pod(Fields fields, Node node, String path) {
        return fields.mapping(node, path).flatMap(m -> {
            fields.onlyKnownKeys(m, path, Set.of("name", "role", "createdSeconds", "scheduledSeconds",
                    "containersStartedSeconds", "readySeconds", "restarts"));
            Optional<String> name = Items.name(fields, m, path, "name");
            Optional<PodRole> role = fields.required(m, path, "role")
                    .flatMap(n -> fields.choice(n, path + ".role", PodRole.class));
            Optional<Long> created = fields.required(m, path, "createdSeconds")
                    .flatMap(n -> Seconds.read(fields, n, path + ".createdSeconds"));
            Optional<OptionalLong> scheduled = optionalTime(fields, m, path, "scheduledSeconds");
            Optional<OptionalLong> started = optionalTime(fields, m, path, "containersStartedSeconds");
            Optional<OptionalLong> ready = optionalTime(fields, m, path, "readySeconds");
            Optional<Long> restarts = Fields.optional(m, "restarts")
                    .map(n -> fields.integer(n, path + ".restarts", 0, Integer.MAX_VALUE)).orElse(Optional.of(0L));
            if (name.isEmpty() || role.isEmpty() || created.isEmpty() || scheduled.isEmpty() || started.isEmpty()
                    || ready.isEmpty() || restarts.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new PodObservation(name.get(), role.get(), created.get(), scheduled.get(), started.get(),
                    ready.get(), restarts.get().intValue()));
        });
    }

    static Optional<OptionalLong> optionalTime(Fields fields, Node.Mapping m, String path, String key) {
        return Fields.optional(m, key).map(n -> Seconds.read(fields, n, path + "." + key).map(OptionalLong::of))
                .orElse(Optional.of(OptionalLong.empty()));
    }

    /** Records a problem at the first item that goes back in time; whether there was none. */
    private static <T> boolean ordered(Fields fields, Node.Mapping top, String key, String timeField, List<T> items,
            ToLongFunction<T> time) {
        for (int i = 1; i < items.size(); i++) {
            long now = time.applyAsLong(items.get(i));
            long before = time.applyAsLong(items.get(i - 1));
            if (now < before) {
                Node item = ((Node.Sequence) top.entries().get(key)).items().get(i);
                fields.problems().add(item, key + "[" + i + "]." + timeField, Seconds.of(now) + " after "
                        + Seconds.of(before), "times in non-decreasing order");
                return false;
            }
        }
        return true;
    }

    private static boolean uniquePods(Fields fields, Node.Mapping top, List<PodObservation> pods) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < pods.size(); i++) {
            Integer earlier = first.putIfAbsent(pods.get(i).name(), i);
            if (earlier != null) {
                Node item = ((Node.Sequence) top.entries().get("pods")).items().get(i);
                fields.problems().add(item, "pods[" + i + "].name", "\"" + pods.get(i).name() + "\" again (first at pods["
                        + earlier + "])", "each pod once");
                return false;
            }
        }
        return true;
    }

    private static boolean instant(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static InvalidFileException single(String name, String found, String allowed) {
        Problems problems = new Problems(name);
        problems.add(new Node.Position(0, 0), "", found, allowed);
        return new InvalidFileException(name, problems.list());
    }
}
