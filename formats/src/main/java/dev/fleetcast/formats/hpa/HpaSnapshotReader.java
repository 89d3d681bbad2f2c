package dev.fleetcast.formats.hpa;

import dev.fleetcast.formats.Quantities;
import dev.fleetcast.formats.validation.Fields;
import dev.fleetcast.formats.validation.InvalidFileException;
import dev.fleetcast.formats.validation.Items;
import dev.fleetcast.formats.validation.Problems;
import dev.fleetcast.formats.yaml.Node;
import dev.fleetcast.formats.yaml.YamlSyntaxException;
import dev.fleetcast.formats.yaml.YamlTree;
import dev.fleetcast.model.hpa.HpaHistory;
import dev.fleetcast.model.hpa.HpaSettings;
import dev.fleetcast.model.hpa.HpaSnapshot;
import dev.fleetcast.model.hpa.MetricId;
import dev.fleetcast.model.hpa.MetricReading;
import dev.fleetcast.model.hpa.PodContainer;
import dev.fleetcast.model.hpa.PodPhase;
import dev.fleetcast.model.hpa.PodSample;
import dev.fleetcast.model.hpa.PodState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads a reconcile snapshot (JSON, kind {@code hpa-snapshot}, schemaVersion 1; documented in
 * docs/hpa.md) into an {@link HpaSnapshotFile}. Times are numbers of seconds relative to the
 * reconcile, negative in the past, in fields whose names end in {@code Seconds}; quantities are
 * Kubernetes quantity strings or plain numbers. Every problem is collected and thrown together,
 * each with line, field path, what was found and what is allowed.
 */
public final class HpaSnapshotReader {

    /** The schema version this reader understands. */
    public static final int SCHEMA_VERSION = 1;

    /** The file's {@code kind}. */
    public static final String KIND = "hpa-snapshot";

    private static final List<String> PHASES = List.of("Pending", "Running", "Succeeded", "Failed", "Unknown");
    private static final List<String> STATUSES = List.of("True", "False", "Unknown");
    private static final List<String> TYPES = List.of("Resource", "ContainerResource", "Pods", "Object", "External");
    private static final String QUANTITY = Quantities.ALLOWED + ", or a number";

    /**
     * Reads and validates {@code file}.
     *
     * @throws InvalidFileException listing every problem, or saying the file is missing or unreadable
     */
    public HpaSnapshotFile read(Path file) {
        return read(file.toString(), HpaFields.readText(file, "an HPA snapshot (JSON)"));
    }

    /** Reads and validates {@code text}, naming it {@code name} in messages. */
    public HpaSnapshotFile read(String name, String text) {
        Node root;
        try {
            root = new YamlTree().parse(text);
        } catch (YamlSyntaxException e) {
            throw HpaFields.single(name, "malformed JSON (" + e.getMessage() + ") at line " + e.position().line(),
                    "a JSON object of kind " + KIND);
        }
        Fields fields = new Fields(new Problems(name));
        Optional<HpaSnapshotFile> file = fields.mapping(root, "").flatMap(top -> file(fields, top));
        fields.problems().throwIfAny();
        return file.orElseThrow();
    }

    private static Optional<HpaSnapshotFile> file(Fields fields, Node.Mapping top) {
        fields.onlyKnownKeys(top, "", Set.of("schemaVersion", "kind", "scale", "settings", "pods", "metrics", "history"));
        fields.required(top, "", "schemaVersion").flatMap(n -> fields.integer(n, "schemaVersion", 1, Long.MAX_VALUE))
                .filter(v -> v != SCHEMA_VERSION)
                .ifPresent(v -> fields.problems().add(top.entries().get("schemaVersion"), "schemaVersion",
                        "version " + v, "version " + SCHEMA_VERSION));
        fields.required(top, "", "kind").flatMap(n -> fields.string(n, "kind")).filter(k -> !k.equals(KIND))
                .ifPresent(k -> fields.problems().add(top.entries().get("kind"), "kind", "\"" + k + "\"", KIND));
        Optional<int[]> scale = fields.required(top, "", "scale").flatMap(n -> scale(fields, n));
        Optional<HpaSettings> settings = Fields.optional(top, "settings").map(n -> settings(fields, n))
                .orElse(Optional.of(HpaSettings.DEFAULTS));
        Optional<List<PodState>> pods = Fields.optional(top, "pods").map(n -> Items.list(fields, n, "pods", HpaSnapshotReader::pod))
                .orElse(Optional.of(List.of()));
        Optional<List<MetricReading>> metrics = Fields.optional(top, "metrics")
                .map(n -> Items.list(fields, n, "metrics", HpaSnapshotReader::metric)).orElse(Optional.of(List.of()));
        Optional<HpaHistory> history = Fields.optional(top, "history").map(n -> history(fields, n))
                .orElse(Optional.of(HpaHistory.EMPTY));
        pods.ifPresent(list -> unique(fields, top, "pods", list.stream().map(PodState::name).toList()));
        metrics.ifPresent(list -> unique(fields, top, "metrics", list.stream().map(r -> r.id().toString()).toList()));
        if (!fields.problems().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new HpaSnapshotFile(new HpaSnapshot(scale.get()[0], scale.get()[1], pods.get(),
                metrics.get(), history.get()), settings.get()));
    }

    private static Optional<int[]> scale(Fields fields, Node node) {
        return fields.mapping(node, "scale").flatMap(m -> {
            fields.onlyKnownKeys(m, "scale", Set.of("specReplicas", "statusReplicas"));
            Optional<Long> spec = fields.required(m, "scale", "specReplicas")
                    .flatMap(n -> fields.integer(n, "scale.specReplicas", 0, Integer.MAX_VALUE));
            Optional<Long> status = Fields.optional(m, "statusReplicas")
                    .map(n -> fields.integer(n, "scale.statusReplicas", 0, Integer.MAX_VALUE)).orElse(spec);
            if (spec.isEmpty() || status.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new int[] {spec.get().intValue(), status.get().intValue()});
        });
    }

    private static Optional<HpaSettings> settings(Fields fields, Node node) {
        return fields.mapping(node, "settings").flatMap(m -> {
            fields.onlyKnownKeys(m, "settings", Set.of("tolerance", "cpuInitializationPeriodSeconds",
                    "initialReadinessDelaySeconds", "downscaleStabilizationSeconds", "syncPeriodSeconds"));
            HpaSettings d = HpaSettings.DEFAULTS;
            Optional<Double> tolerance = Fields.optional(m, "tolerance").map(n -> tolerance(fields, n))
                    .orElse(Optional.of(d.tolerance()));
            Optional<Long> cpu = duration(fields, m, "cpuInitializationPeriodSeconds", d.cpuInitializationPeriodNanos());
            Optional<Long> readiness = duration(fields, m, "initialReadinessDelaySeconds",
                    d.initialReadinessDelayNanos());
            Optional<Long> downscale = duration(fields, m, "downscaleStabilizationSeconds",
                    d.downscaleStabilizationNanos());
            Optional<Long> sync = duration(fields, m, "syncPeriodSeconds", d.syncPeriodNanos());
            if (sync.isPresent() && sync.get() == 0) {
                fields.problems().add(m.entries().get("syncPeriodSeconds"), "settings.syncPeriodSeconds", "0",
                        "a number of seconds greater than 0");
                return Optional.empty();
            }
            if (tolerance.isEmpty() || cpu.isEmpty() || readiness.isEmpty() || downscale.isEmpty() || sync.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new HpaSettings(tolerance.get(), cpu.get(), readiness.get(), downscale.get(), sync.get()));
        });
    }

    /** The flag is a float parsed as Go's strconv does: the nearest double. */
    private static Optional<Double> tolerance(Fields fields, Node node) {
        if (node instanceof Node.Scalar s
                && (s.kind() == Node.Scalar.Kind.INTEGER || s.kind() == Node.Scalar.Kind.DECIMAL)) {
            double value = Double.parseDouble(s.text());
            if (value >= 0 && !Double.isInfinite(value)) {
                return Optional.of(value);
            }
        }
        fields.problems().add(node, "settings.tolerance", node.describe(), "a number of at least 0, such as 0.1");
        return Optional.empty();
    }

    private static Optional<Long> duration(Fields fields, Node.Mapping m, String key, long fallback) {
        return Fields.optional(m, key).map(n -> HpaFields.seconds(fields, n, "settings." + key, false))
                .orElse(Optional.of(fallback));
    }

    private static Optional<PodState> pod(Fields fields, Node node, String path) {
        return fields.mapping(node, path).flatMap(m -> {
            fields.onlyKnownKeys(m, path, Set.of("name", "phase", "ready", "startSeconds", "deleting", "containers",
                    "initContainers", "requests"));
            Optional<String> name = nonBlank(fields, m, path, "name");
            Optional<PodPhase> phase = Fields.optional(m, "phase")
                    .map(n -> HpaFields.choice(fields, n, path + ".phase", PHASES).map(i -> PodPhase.values()[i]))
                    .orElse(Optional.of(PodPhase.RUNNING));
            Optional<Optional<PodState.ReadyCondition>> ready = Fields.optional(m, "ready")
                    .map(n -> ready(fields, n, path + ".ready").map(Optional::of)).orElse(Optional.of(Optional.empty()));
            Optional<OptionalLong> start = Fields.optional(m, "startSeconds")
                    .map(n -> HpaFields.seconds(fields, n, path + ".startSeconds", true).map(OptionalLong::of))
                    .orElse(Optional.of(OptionalLong.empty()));
            boolean deleting = Fields.optional(m, "deleting").flatMap(n -> fields.bool(n, path + ".deleting"))
                    .orElse(false);
            Optional<List<PodContainer>> containers = Fields.optional(m, "containers")
                    .map(n -> Items.list(fields, n, path + ".containers", (f, c, p) -> container(f, c, p, false)))
                    .orElse(Optional.of(List.of()));
            Optional<List<PodContainer>> init = Fields.optional(m, "initContainers")
                    .map(n -> Items.list(fields, n, path + ".initContainers", (f, c, p) -> container(f, c, p, true)))
                    .orElse(Optional.of(List.of()));
            Optional<Map<String, Long>> podLevel = Fields.optional(m, "requests")
                    .map(n -> requests(fields, n, path + ".requests")).orElse(Optional.of(Map.of()));
            if (name.isEmpty() || phase.isEmpty() || ready.isEmpty() || start.isEmpty() || containers.isEmpty()
                    || init.isEmpty() || podLevel.isEmpty()) {
                return Optional.empty();
            }
            List<PodContainer> all = new ArrayList<>(containers.get());
            all.addAll(init.get());
            return Optional.of(new PodState(name.get(), phase.get(), ready.get(), start.get(), deleting, all,
                    podLevel.get()));
        });
    }

    private static Optional<PodState.ReadyCondition> ready(Fields fields, Node node, String path) {
        return fields.mapping(node, path).flatMap(m -> {
            fields.onlyKnownKeys(m, path, Set.of("status", "lastTransitionSeconds"));
            Optional<Integer> status = fields.required(m, path, "status")
                    .flatMap(n -> HpaFields.choice(fields, n, path + ".status", STATUSES));
            Optional<Long> transition = fields.required(m, path, "lastTransitionSeconds")
                    .flatMap(n -> HpaFields.seconds(fields, n, path + ".lastTransitionSeconds", true));
            if (status.isEmpty() || transition.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new PodState.ReadyCondition(PodState.ReadyCondition.Status.values()[status.get()],
                    transition.get()));
        });
    }

    private static Optional<PodContainer> container(Fields fields, Node node, String path, boolean init) {
        return fields.mapping(node, path).flatMap(m -> {
            fields.onlyKnownKeys(m, path, init ? Set.of("name", "requests", "restartPolicy") : Set.of("name", "requests"));
            Optional<String> name = nonBlank(fields, m, path, "name");
            Optional<Map<String, Long>> requests = Fields.optional(m, "requests")
                    .map(n -> requests(fields, n, path + ".requests")).orElse(Optional.of(Map.of()));
            Optional<Boolean> always = Fields.optional(m, "restartPolicy")
                    .map(n -> HpaFields.choice(fields, n, path + ".restartPolicy", List.of("Always")).map(i -> true))
                    .orElse(Optional.of(false));
            if (name.isEmpty() || requests.isEmpty() || always.isEmpty()) {
                return Optional.empty();
            }
            PodContainer.Kind kind = !init ? PodContainer.Kind.CONTAINER
                    : always.get() ? PodContainer.Kind.SIDECAR : PodContainer.Kind.INIT;
            return Optional.of(new PodContainer(name.get(), kind, requests.get()));
        });
    }

    private static Optional<Map<String, Long>> requests(Fields fields, Node node, String path) {
        return fields.mapping(node, path).flatMap(m -> {
            Map<String, Long> requests = new LinkedHashMap<>();
            boolean ok = true;
            for (Map.Entry<String, Node> entry : m.entries().entrySet()) {
                Optional<Long> milli = HpaFields.quantity(fields, entry.getValue(), path + "." + entry.getKey(), 0,
                        "a request of at least 0: " + QUANTITY);
                milli.ifPresent(v -> requests.put(entry.getKey(), v));
                ok &= milli.isPresent();
            }
            return ok ? Optional.of(requests) : Optional.empty();
        });
    }

    private static Optional<MetricReading> metric(Fields fields, Node node, String path) {
        return fields.mapping(node, path).flatMap(m -> {
            Optional<Integer> type = fields.required(m, path, "type")
                    .flatMap(n -> HpaFields.choice(fields, n, path + ".type", TYPES));
            if (type.isEmpty()) {
                return Optional.empty();
            }
            String data = type.get() <= 2 ? "samples" : type.get() == 3 ? "value" : "values";
            Set<String> keys = new HashSet<>(Set.of("type", "name", "error", data));
            if (type.get() == 1) {
                keys.add("container");
            }
            if (type.get() == 3) {
                keys.add("describedObject");
            }
            fields.onlyKnownKeys(m, path, keys);
            Optional<String> name = nonBlank(fields, m, path, "name");
            Optional<MetricId> id = name.flatMap(n -> {
                switch (type.get()) {
                    case 0:
                        return Optional.of(MetricId.resource(n));
                    case 1:
                        return nonBlank(fields, m, path, "container").map(c -> MetricId.containerResource(n, c));
                    case 2:
                        return Optional.of(MetricId.pods(n));
                    case 3:
                        return describedObject(fields, m, path).map(o -> MetricId.object(n, o[0], o[1]));
                    default:
                        return Optional.of(MetricId.external(n));
                }
            });
            Optional<String> error = Fields.optional(m, "error").flatMap(n -> fields.string(n, path + ".error"));
            if (error.isPresent() && m.entries().containsKey(data)) {
                fields.problems().add(m.keyPositions().get(data), path + "." + data, "values beside an error",
                        "either " + data + " or error");
                return Optional.empty();
            }
            Optional<MetricReading.Data> reading;
            if (error.isPresent()) {
                reading = Optional.of(new MetricReading.Unavailable(error.get()));
            } else if (type.get() <= 2) {
                reading = fields.required(m, path, "samples").flatMap(n -> samples(fields, n, path + ".samples"));
            } else if (type.get() == 3) {
                reading = fields.required(m, path, "value")
                        .flatMap(n -> HpaFields.quantity(fields, n, path + ".value", Long.MIN_VALUE, QUANTITY))
                        .map(MetricReading.ObjectValue::new);
            } else {
                reading = fields.required(m, path, "values").flatMap(n -> externalValues(fields, n, path + ".values"));
            }
            if (id.isEmpty() || reading.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new MetricReading(id.get(), reading.get()));
        });
    }

    private static Optional<String[]> describedObject(Fields fields, Node.Mapping m, String path) {
        String objectPath = path + ".describedObject";
        return fields.required(m, path, "describedObject").flatMap(n -> fields.mapping(n, objectPath)).flatMap(o -> {
            fields.onlyKnownKeys(o, objectPath, Set.of("apiVersion", "kind", "name"));
            Optional<String> kind = nonBlank(fields, o, objectPath, "kind");
            Optional<String> name = nonBlank(fields, o, objectPath, "name");
            if (kind.isEmpty() || name.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new String[] {kind.get(), name.get()});
        });
    }

    private static Optional<MetricReading.Data> samples(Fields fields, Node node, String path) {
        Optional<List<PodSample>> samples = Items.list(fields, node, path, (f, n, p) -> f.mapping(n, p).flatMap(m -> {
            f.onlyKnownKeys(m, p, Set.of("pod", "value", "timestampSeconds", "windowSeconds"));
            Optional<String> pod = nonBlank(f, m, p, "pod");
            Optional<Long> value = f.required(m, p, "value")
                    .flatMap(v -> HpaFields.quantity(f, v, p + ".value", Long.MIN_VALUE, QUANTITY));
            Optional<Long> timestamp = Fields.optional(m, "timestampSeconds")
                    .map(v -> HpaFields.seconds(f, v, p + ".timestampSeconds", true)).orElse(Optional.of(0L));
            Optional<Long> window = Fields.optional(m, "windowSeconds")
                    .map(v -> HpaFields.seconds(f, v, p + ".windowSeconds", false)).orElse(Optional.of(0L));
            if (pod.isEmpty() || value.isEmpty() || timestamp.isEmpty() || window.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new PodSample(pod.get(), value.get(), timestamp.get(), window.get()));
        }));
        if (samples.isEmpty()) {
            return Optional.empty();
        }
        if (!unique(fields, node, path, samples.get().stream().map(PodSample::pod).toList())) {
            return Optional.empty();
        }
        return Optional.of(new MetricReading.PodSamples(samples.get()));
    }

    private static Optional<MetricReading.Data> externalValues(Fields fields, Node node, String path) {
        return Items.list(fields, node, path, (f, n, p) -> HpaFields.quantity(f, n, p, Long.MIN_VALUE, QUANTITY))
                .map(MetricReading.ExternalValues::new);
    }

    private static Optional<HpaHistory> history(Fields fields, Node node) {
        return fields.mapping(node, "history").flatMap(m -> {
            fields.onlyKnownKeys(m, "history", Set.of("recommendations", "scaleUpEvents", "scaleDownEvents"));
            Optional<List<HpaHistory.Recommendation>> recs = Fields.optional(m, "recommendations")
                    .map(n -> Items.list(fields, n, "history.recommendations", HpaSnapshotReader::recommendation))
                    .orElse(Optional.of(List.of()));
            Optional<List<HpaHistory.ScaleEvent>> up = Fields.optional(m, "scaleUpEvents")
                    .map(n -> Items.list(fields, n, "history.scaleUpEvents", HpaSnapshotReader::event))
                    .orElse(Optional.of(List.of()));
            Optional<List<HpaHistory.ScaleEvent>> down = Fields.optional(m, "scaleDownEvents")
                    .map(n -> Items.list(fields, n, "history.scaleDownEvents", HpaSnapshotReader::event))
                    .orElse(Optional.of(List.of()));
            if (recs.isEmpty() || up.isEmpty() || down.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new HpaHistory(recs.get(), up.get(), down.get()));
        });
    }

    private static Optional<HpaHistory.Recommendation> recommendation(Fields fields, Node node, String path) {
        return fields.mapping(node, path).flatMap(m -> {
            fields.onlyKnownKeys(m, path, Set.of("replicas", "timeSeconds"));
            Optional<Long> replicas = fields.required(m, path, "replicas")
                    .flatMap(n -> fields.integer(n, path + ".replicas", Integer.MIN_VALUE, Integer.MAX_VALUE));
            Optional<Long> time = fields.required(m, path, "timeSeconds")
                    .flatMap(n -> HpaFields.seconds(fields, n, path + ".timeSeconds", true));
            if (replicas.isEmpty() || time.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new HpaHistory.Recommendation(replicas.get().intValue(), time.get()));
        });
    }

    private static Optional<HpaHistory.ScaleEvent> event(Fields fields, Node node, String path) {
        return fields.mapping(node, path).flatMap(m -> {
            fields.onlyKnownKeys(m, path, Set.of("replicaChange", "timeSeconds", "outdated"));
            Optional<Long> change = fields.required(m, path, "replicaChange")
                    .flatMap(n -> fields.integer(n, path + ".replicaChange", 0, Integer.MAX_VALUE));
            Optional<Long> time = fields.required(m, path, "timeSeconds")
                    .flatMap(n -> HpaFields.seconds(fields, n, path + ".timeSeconds", true));
            boolean outdated = Fields.optional(m, "outdated").flatMap(n -> fields.bool(n, path + ".outdated"))
                    .orElse(false);
            if (change.isEmpty() || time.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new HpaHistory.ScaleEvent(change.get().intValue(), time.get(), outdated));
        });
    }

    /** Records a problem for the first repeated name; whether all were unique. */
    private static boolean unique(Fields fields, Node at, String path, List<String> names) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            if (!seen.add(names.get(i))) {
                Node node = at instanceof Node.Mapping m && m.entries().containsKey(path) ? m.entries().get(path) : at;
                if (node instanceof Node.Sequence s && i < s.items().size()) {
                    node = s.items().get(i);
                }
                fields.problems().add(node, path + "[" + i + "]", "\"" + names.get(i) + "\" a second time",
                        "each " + (path.endsWith("samples") ? "pod" : path.equals("pods") ? "pod name" : "metric")
                                + " once");
                return false;
            }
        }
        return true;
    }

    private static Optional<String> nonBlank(Fields fields, Node.Mapping m, String path, String key) {
        String fieldPath = path + "." + key;
        return fields.required(m, path, key).flatMap(n -> fields.string(n, fieldPath)).filter(s -> {
            if (s.isBlank()) {
                fields.problems().add(m.entries().get(key), fieldPath, "an empty name", "a name");
                return false;
            }
            return true;
        });
    }
}
