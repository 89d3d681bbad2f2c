package dev.fleetcast.formats.hpa;

import dev.fleetcast.formats.Quantities;
import dev.fleetcast.formats.validation.Fields;
import dev.fleetcast.formats.validation.InvalidFileException;
import dev.fleetcast.formats.validation.Problems;
import dev.fleetcast.formats.yaml.Node;
import dev.fleetcast.formats.yaml.YamlSyntaxException;
import dev.fleetcast.formats.yaml.YamlTree;
import dev.fleetcast.model.hpa.HpaBehavior;
import dev.fleetcast.model.hpa.HpaSpec;
import dev.fleetcast.model.hpa.MetricSpec;
import dev.fleetcast.model.hpa.MetricTarget;
import dev.fleetcast.model.hpa.ScaleTargetRef;
import dev.fleetcast.model.hpa.ScalingPolicy;
import dev.fleetcast.model.hpa.ScalingRules;
import dev.fleetcast.model.hpa.SelectPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads an autoscaling/v2 HorizontalPodAutoscaler manifest (YAML, one document) into an
 * {@link HpaManifest}, with Kubernetes' API defaults (minReplicas 1, CPU at 80 % when no
 * metric is listed, a behavior's missing fields) and the API server's validation: every
 * problem is collected — file, line, field path, what was found, what is allowed — and thrown
 * together as one {@link InvalidFileException}. Metric selectors are accepted as written and
 * not interpreted: a snapshot supplies the values a selector would have selected.
 */
public final class HpaManifestReader {

    private static final Set<String> TOP = Set.of("apiVersion", "kind", "metadata", "spec", "status");
    private static final Set<String> SPEC = Set.of("scaleTargetRef", "minReplicas", "maxReplicas", "metrics",
            "behavior");
    private static final List<String> TYPES = List.of("Resource", "ContainerResource", "Pods", "Object", "External");
    private static final List<String> SOURCES = List.of("resource", "containerResource", "pods", "object", "external");
    private static final List<String> TARGET_TYPES = List.of("Utilization", "AverageValue", "Value");
    private static final List<String> TARGET_FIELDS = List.of("averageUtilization", "averageValue", "value");
    private static final List<String> SELECT = List.of("Max", "Min", "Disabled");
    private static final List<String> POLICY_TYPES = List.of("Pods", "Percent");
    private static final String POSITIVE_QUANTITY = "a positive " + Quantities.ALLOWED;

    /**
     * Reads and validates {@code file}.
     *
     * @throws InvalidFileException listing every problem, or saying the file is missing or unreadable
     */
    public HpaManifest read(Path file) {
        return read(file.toString(), HpaFields.readText(file, "an HPA manifest (YAML)"));
    }

    /** Reads and validates {@code text}, naming it {@code name} in messages. */
    public HpaManifest read(String name, String text) {
        Node root;
        try {
            root = new YamlTree().parse(text);
        } catch (YamlSyntaxException e) {
            throw HpaFields.single(name, "malformed YAML (" + e.getMessage() + ") at line " + e.position().line(),
                    "one YAML document: an autoscaling/v2 HorizontalPodAutoscaler");
        }
        Fields fields = new Fields(new Problems(name));
        Optional<HpaManifest> manifest = fields.mapping(root, "").flatMap(top -> manifest(fields, top));
        fields.problems().throwIfAny();
        return manifest.orElseThrow();
    }

    private static Optional<HpaManifest> manifest(Fields fields, Node.Mapping top) {
        fields.onlyKnownKeys(top, "", TOP);
        fields.required(top, "", "apiVersion").flatMap(n -> fields.string(n, "apiVersion"))
                .filter(v -> !v.equals("autoscaling/v2"))
                .ifPresent(v -> fields.problems().add(top.entries().get("apiVersion"), "apiVersion", "\"" + v + "\"",
                        "autoscaling/v2"));
        fields.required(top, "", "kind").flatMap(n -> fields.string(n, "kind"))
                .filter(v -> !v.equals("HorizontalPodAutoscaler"))
                .ifPresent(v -> fields.problems().add(top.entries().get("kind"), "kind", "\"" + v + "\"",
                        "HorizontalPodAutoscaler"));
        String name = "";
        String namespace = "";
        Optional<Node.Mapping> metadata = Fields.optional(top, "metadata").flatMap(n -> fields.mapping(n, "metadata"));
        if (metadata.isPresent()) {
            name = Fields.optional(metadata.get(), "name").flatMap(n -> fields.string(n, "metadata.name")).orElse("");
            namespace = Fields.optional(metadata.get(), "namespace")
                    .flatMap(n -> fields.string(n, "metadata.namespace")).orElse("");
        }
        Optional<HpaSpec> spec = fields.required(top, "", "spec").flatMap(n -> spec(fields, n));
        if (!fields.problems().isEmpty() || spec.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new HpaManifest(name, namespace, spec.get()));
    }

    private static Optional<HpaSpec> spec(Fields fields, Node node) {
        return fields.mapping(node, "spec").flatMap(m -> {
            fields.onlyKnownKeys(m, "spec", SPEC);
            Optional<ScaleTargetRef> target = fields.required(m, "spec", "scaleTargetRef")
                    .flatMap(n -> scaleTargetRef(fields, n));
            Optional<Long> min = Fields.optional(m, "minReplicas")
                    .map(n -> fields.integer(n, "spec.minReplicas", 0, Integer.MAX_VALUE))
                    .orElse(Optional.of((long) HpaSpec.DEFAULT_MIN_REPLICAS));
            Optional<Long> max = fields.required(m, "spec", "maxReplicas")
                    .flatMap(n -> fields.integer(n, "spec.maxReplicas", 1, Integer.MAX_VALUE));
            if (min.isPresent() && max.isPresent() && min.get() > max.get()) {
                fields.problems().add(m.entries().get("minReplicas"), "spec.minReplicas", String.valueOf(min.get()),
                        "at most maxReplicas (" + max.get() + ")");
            }
            Optional<List<MetricSpec>> metrics = Fields.optional(m, "metrics").map(n -> metrics(fields, n))
                    .orElse(Optional.of(HpaSpec.DEFAULT_METRICS));
            Optional<Optional<HpaBehavior>> behavior = Fields.optional(m, "behavior")
                    .map(n -> behavior(fields, n).map(Optional::of)).orElse(Optional.of(Optional.empty()));
            if (!fields.problems().isEmpty() || target.isEmpty() || min.isEmpty() || max.isEmpty()
                    || metrics.isEmpty() || behavior.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new HpaSpec(target.get(), min.get().intValue(), max.get().intValue(), metrics.get(),
                    behavior.get()));
        });
    }

    private static Optional<ScaleTargetRef> scaleTargetRef(Fields fields, Node node) {
        String path = "spec.scaleTargetRef";
        return fields.mapping(node, path).flatMap(m -> {
            fields.onlyKnownKeys(m, path, Set.of("apiVersion", "kind", "name"));
            String apiVersion = Fields.optional(m, "apiVersion").flatMap(n -> fields.string(n, path + ".apiVersion"))
                    .orElse("");
            Optional<String> kind = nonBlank(fields, m, path, "kind");
            Optional<String> name = nonBlank(fields, m, path, "name");
            if (kind.isEmpty() || name.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new ScaleTargetRef(apiVersion, kind.get(), name.get()));
        });
    }

    private static Optional<List<MetricSpec>> metrics(Fields fields, Node node) {
        Optional<List<Node>> items = fields.sequence(node, "spec.metrics");
        if (items.isEmpty()) {
            return Optional.empty();
        }
        if (items.get().isEmpty()) {
            return Optional.of(HpaSpec.DEFAULT_METRICS); // Kubernetes defaults an empty list too
        }
        List<MetricSpec> metrics = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < items.get().size(); i++) {
            Optional<MetricSpec> metric = metric(fields, items.get().get(i), "spec.metrics[" + i + "]");
            metric.ifPresent(metrics::add);
            ok &= metric.isPresent();
        }
        return ok ? Optional.of(metrics) : Optional.empty();
    }

    private static Optional<MetricSpec> metric(Fields fields, Node node, String path) {
        return fields.mapping(node, path).flatMap(m -> {
            Set<String> keys = new HashSet<>(SOURCES);
            keys.add("type");
            fields.onlyKnownKeys(m, path, keys);
            Optional<Integer> type = fields.required(m, path, "type")
                    .flatMap(n -> HpaFields.choice(fields, n, path + ".type", TYPES));
            if (type.isEmpty()) {
                return Optional.empty();
            }
            String source = SOURCES.get(type.get());
            for (String other : SOURCES) {
                if (!other.equals(source) && m.entries().containsKey(other)) {
                    fields.problems().add(m.keyPositions().get(other), path + "." + other, "a " + other + " source",
                            "only " + source + " for type " + TYPES.get(type.get()));
                }
            }
            String sourcePath = path + "." + source;
            Optional<Node.Mapping> body = fields.required(m, path, source).flatMap(n -> fields.mapping(n, sourcePath));
            if (body.isEmpty()) {
                return Optional.empty();
            }
            Node.Mapping b = body.get();
            switch (type.get()) {
                case 0: {
                    fields.onlyKnownKeys(b, sourcePath, Set.of("name", "target"));
                    Optional<String> name = nonBlank(fields, b, sourcePath, "name");
                    Optional<MetricTarget> target = target(fields, b, sourcePath, List.of(0, 1));
                    return name.flatMap(n -> target.map(t -> new MetricSpec.ResourceMetric(n, t)));
                }
                case 1: {
                    fields.onlyKnownKeys(b, sourcePath, Set.of("name", "container", "target"));
                    Optional<String> name = nonBlank(fields, b, sourcePath, "name");
                    Optional<String> container = nonBlank(fields, b, sourcePath, "container");
                    Optional<MetricTarget> target = target(fields, b, sourcePath, List.of(0, 1));
                    if (name.isEmpty() || container.isEmpty() || target.isEmpty()) {
                        return Optional.empty();
                    }
                    return Optional.of(new MetricSpec.ContainerResourceMetric(name.get(), container.get(), target.get()));
                }
                case 2: {
                    fields.onlyKnownKeys(b, sourcePath, Set.of("metric", "target"));
                    Optional<String> name = metricName(fields, b, sourcePath);
                    Optional<MetricTarget> target = target(fields, b, sourcePath, List.of(1));
                    return name.flatMap(n -> target.map(t -> new MetricSpec.PodsMetric(n, t)));
                }
                case 3: {
                    fields.onlyKnownKeys(b, sourcePath, Set.of("describedObject", "metric", "target"));
                    Optional<String[]> described = describedObject(fields, b, sourcePath);
                    Optional<String> name = metricName(fields, b, sourcePath);
                    Optional<MetricTarget> target = target(fields, b, sourcePath, List.of(2, 1));
                    if (described.isEmpty() || name.isEmpty() || target.isEmpty()) {
                        return Optional.empty();
                    }
                    return Optional.of(new MetricSpec.ObjectMetric(name.get(), described.get()[0], described.get()[1],
                            target.get()));
                }
                default: {
                    fields.onlyKnownKeys(b, sourcePath, Set.of("metric", "target"));
                    Optional<String> name = metricName(fields, b, sourcePath);
                    Optional<MetricTarget> target = target(fields, b, sourcePath, List.of(2, 1));
                    return name.flatMap(n -> target.map(t -> new MetricSpec.ExternalMetric(n, t)));
                }
            }
        });
    }

    /** {@code metric: {name, selector}}; the selector is accepted as written. */
    private static Optional<String> metricName(Fields fields, Node.Mapping body, String path) {
        String metricPath = path + ".metric";
        return fields.required(body, path, "metric").flatMap(n -> fields.mapping(n, metricPath)).flatMap(m -> {
            fields.onlyKnownKeys(m, metricPath, Set.of("name", "selector"));
            Fields.optional(m, "selector").ifPresent(n -> fields.mapping(n, metricPath + ".selector"));
            return nonBlank(fields, m, metricPath, "name");
        });
    }

    private static Optional<String[]> describedObject(Fields fields, Node.Mapping body, String path) {
        String objectPath = path + ".describedObject";
        return fields.required(body, path, "describedObject").flatMap(n -> fields.mapping(n, objectPath)).flatMap(m -> {
            fields.onlyKnownKeys(m, objectPath, Set.of("apiVersion", "kind", "name"));
            Fields.optional(m, "apiVersion").ifPresent(n -> fields.string(n, objectPath + ".apiVersion"));
            Optional<String> kind = nonBlank(fields, m, objectPath, "kind");
            Optional<String> name = nonBlank(fields, m, objectPath, "name");
            if (kind.isEmpty() || name.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new String[] {kind.get(), name.get()});
        });
    }

    /**
     * {@code target: {type, averageUtilization | averageValue | value}}: the type must be one
     * the source accepts ({@code allowedTypes}, indexes into Utilization, AverageValue, Value)
     * and exactly the field of that type set.
     */
    private static Optional<MetricTarget> target(Fields fields, Node.Mapping body, String path,
            List<Integer> allowedTypes) {
        String targetPath = path + ".target";
        return fields.required(body, path, "target").flatMap(n -> fields.mapping(n, targetPath)).flatMap(m -> {
            Set<String> keys = new HashSet<>(TARGET_FIELDS);
            keys.add("type");
            fields.onlyKnownKeys(m, targetPath, keys);
            List<String> allowed = allowedTypes.stream().map(TARGET_TYPES::get).toList();
            Optional<Integer> type = fields.required(m, targetPath, "type")
                    .flatMap(n -> HpaFields.choice(fields, n, targetPath + ".type", allowed))
                    .map(allowedTypes::get);
            if (type.isEmpty()) {
                return Optional.empty();
            }
            String field = TARGET_FIELDS.get(type.get());
            for (String other : TARGET_FIELDS) {
                if (!other.equals(field) && m.entries().containsKey(other)) {
                    fields.problems().add(m.keyPositions().get(other), targetPath + "." + other, "a value",
                            "only " + field + " with type " + TARGET_TYPES.get(type.get()));
                }
            }
            String fieldPath = targetPath + "." + field;
            Optional<Node> value = fields.required(m, targetPath, field);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            switch (type.get()) {
                case 0:
                    return fields.integer(value.get(), fieldPath, 1, Integer.MAX_VALUE)
                            .map(v -> new MetricTarget.Utilization(v.intValue()));
                case 1:
                    return HpaFields.quantity(fields, value.get(), fieldPath, 1, POSITIVE_QUANTITY)
                            .map(MetricTarget.AverageValue::new);
                default:
                    return HpaFields.quantity(fields, value.get(), fieldPath, 1, POSITIVE_QUANTITY)
                            .map(MetricTarget.Value::new);
            }
        });
    }

    private static Optional<HpaBehavior> behavior(Fields fields, Node node) {
        return fields.mapping(node, "spec.behavior").flatMap(m -> {
            fields.onlyKnownKeys(m, "spec.behavior", Set.of("scaleUp", "scaleDown"));
            Optional<ScalingRules> up = Fields.optional(m, "scaleUp")
                    .map(n -> rules(fields, n, "spec.behavior.scaleUp", ScalingRules.SCALE_UP_DEFAULTS))
                    .orElse(Optional.of(ScalingRules.SCALE_UP_DEFAULTS));
            Optional<ScalingRules> down = Fields.optional(m, "scaleDown")
                    .map(n -> rules(fields, n, "spec.behavior.scaleDown", ScalingRules.SCALE_DOWN_DEFAULTS))
                    .orElse(Optional.of(ScalingRules.SCALE_DOWN_DEFAULTS));
            if (up.isEmpty() || down.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new HpaBehavior(up.get(), down.get()));
        });
    }

    private static Optional<ScalingRules> rules(Fields fields, Node node, String path, ScalingRules defaults) {
        return fields.mapping(node, path).flatMap(m -> {
            fields.onlyKnownKeys(m, path, Set.of("stabilizationWindowSeconds", "selectPolicy", "policies", "tolerance"));
            Optional<Optional<Long>> window = Fields.optional(m, "stabilizationWindowSeconds")
                    .map(n -> fields.integer(n, path + ".stabilizationWindowSeconds", 0,
                            ScalingRules.MAX_STABILIZATION_WINDOW_SECONDS).map(Optional::of))
                    .orElse(Optional.of(Optional.empty()));
            Optional<Optional<SelectPolicy>> select = Fields.optional(m, "selectPolicy")
                    .map(n -> HpaFields.choice(fields, n, path + ".selectPolicy", SELECT)
                            .map(i -> Optional.of(SelectPolicy.values()[i])))
                    .orElse(Optional.of(Optional.empty()));
            Optional<Optional<List<ScalingPolicy>>> policies = Fields.optional(m, "policies")
                    .map(n -> policies(fields, n, path + ".policies").map(Optional::of))
                    .orElse(Optional.of(Optional.empty()));
            Optional<Optional<Double>> tolerance = Fields.optional(m, "tolerance")
                    .map(n -> tolerance(fields, n, path + ".tolerance").map(Optional::of))
                    .orElse(Optional.of(Optional.empty()));
            if (window.isEmpty() || select.isEmpty() || policies.isEmpty() || tolerance.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(ScalingRules.defaulted(defaults,
                    window.get().map(w -> OptionalInt.of(w.intValue())).orElse(OptionalInt.empty()),
                    select.get(), policies.get(),
                    tolerance.get().map(OptionalDouble::of).orElse(OptionalDouble.empty())));
        });
    }

    private static Optional<List<ScalingPolicy>> policies(Fields fields, Node node, String path) {
        Optional<List<Node>> items = fields.sequence(node, path);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        if (items.get().isEmpty()) {
            fields.problems().add(node, path, "an empty list", "at least one policy");
            return Optional.empty();
        }
        List<ScalingPolicy> policies = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < items.get().size(); i++) {
            String itemPath = path + "[" + i + "]";
            Optional<ScalingPolicy> policy = fields.mapping(items.get().get(i), itemPath).flatMap(m -> {
                fields.onlyKnownKeys(m, itemPath, Set.of("type", "value", "periodSeconds"));
                Optional<Integer> type = fields.required(m, itemPath, "type")
                        .flatMap(n -> HpaFields.choice(fields, n, itemPath + ".type", POLICY_TYPES));
                Optional<Long> value = fields.required(m, itemPath, "value")
                        .flatMap(n -> fields.integer(n, itemPath + ".value", 1, Integer.MAX_VALUE));
                Optional<Long> period = fields.required(m, itemPath, "periodSeconds")
                        .flatMap(n -> fields.integer(n, itemPath + ".periodSeconds", 1, ScalingPolicy.MAX_PERIOD_SECONDS));
                if (type.isEmpty() || value.isEmpty() || period.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(new ScalingPolicy(ScalingPolicy.Type.values()[type.get()], value.get().intValue(),
                        period.get().intValue()));
            });
            policy.ifPresent(policies::add);
            ok &= policy.isPresent();
        }
        return ok ? Optional.of(policies) : Optional.empty();
    }

    /** A tolerance is a quantity read as the controller reads it: {@code AsApproximateFloat64}. */
    private static Optional<Double> tolerance(Fields fields, Node node, String path) {
        String allowed = "a quantity of at least 0, such as 0.05 or 50m";
        if (node instanceof Node.Scalar scalar && scalar.kind() != Node.Scalar.Kind.BOOLEAN) {
            try {
                if (Quantities.parse(scalar.text()).signum() >= 0) {
                    return Optional.of(Quantities.approximateFloat(scalar.text()));
                }
            } catch (IllegalArgumentException e) {
                fields.problems().add(node, path, node.describe() + " (" + e.getMessage() + ")", allowed);
                return Optional.empty();
            }
        }
        fields.problems().add(node, path, node.describe(), allowed);
        return Optional.empty();
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
