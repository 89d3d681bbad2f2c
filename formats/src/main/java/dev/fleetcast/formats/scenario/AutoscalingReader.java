package dev.fleetcast.formats.scenario;

import dev.fleetcast.formats.DistributionSpecs;
import dev.fleetcast.formats.Quantities;
import dev.fleetcast.formats.hpa.HpaManifest;
import dev.fleetcast.formats.hpa.HpaManifestReader;
import dev.fleetcast.formats.validation.Fields;
import dev.fleetcast.formats.validation.InvalidFileException;
import dev.fleetcast.formats.yaml.Node;
import dev.fleetcast.model.distribution.DurationDistribution;
import dev.fleetcast.model.distribution.UniformDuration;
import dev.fleetcast.model.hpa.HpaSettings;
import dev.fleetcast.model.scaling.KedaScaler;
import dev.fleetcast.model.scaling.LoadBalancerScaler;
import dev.fleetcast.model.scenario.AutoscalingSettings;
import dev.fleetcast.model.scenario.ReplicaResources;
import dev.fleetcast.model.scenario.ScalingRule;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The scenario's {@code autoscaling} section (docs/scenarios.md, "autoscaling"): which
 * gateway's Deployment is scaled, by which scaler, and what its replicas request and use.
 * Problems are recorded, never thrown; an HPA manifest's own problems join the scenario's.
 */
final class AutoscalingReader {

    private static final long S = 1_000_000_000L;
    private static final Set<String> TOP = Set.of("scope", "gateway", "scaler", "initialReplicas", "resources",
            "scrapeInterval", "replicaStartup", "drain", "latencyTarget");
    private static final Set<String> RESOURCES = Set.of("cpuRequest", "memoryRequest", "cpuIdle", "cpuPerBusyWorker",
            "memoryBase", "memoryPerConnection");
    /** Assumed defaults (docs/scenarios.md): a modest gateway container. */
    private static final ReplicaResources DEFAULT_RESOURCES = new ReplicaResources(500, 256L << 20, 10, 1000,
            64L << 20, 256L << 10);
    /** WASMBED's reported gateway rollout time, for a replica's start-up. */
    private static final DurationDistribution DEFAULT_STARTUP = new UniformDuration(10 * S, 30 * S);

    private AutoscalingReader() {
    }

    static Optional<AutoscalingSettings> autoscaling(Fields fields, Node node, Includes includes, List<String> declared) {
        String path = "autoscaling";
        return fields.mapping(node, path).flatMap(m -> {
            fields.onlyKnownKeys(m, path, TOP);
            Optional<AutoscalingSettings.Scope> scope = Fields.optional(m, "scope")
                    .map(n -> fields.choice(n, path + ".scope", AutoscalingSettings.Scope.class))
                    .orElse(Optional.of(AutoscalingSettings.Scope.REPLICAS));
            boolean gateways = scope.orElse(null) == AutoscalingSettings.Scope.GATEWAYS;
            Optional<String> gateway = gateways ? Optional.of("") : fields.required(m, path, "gateway")
                    .flatMap(n -> fields.string(n, path + ".gateway"));
            if (gateways && m.entries().containsKey("gateway")) {
                fields.problems().add(m.entries().get("gateway"), path + ".gateway", "a gateway",
                        "no gateway with scope gateways: the autoscaler scales the number of declared gateways");
            }
            gateway.filter(g -> !gateways && !declared.isEmpty() && !declared.contains(g)).ifPresent(g -> fields.problems()
                    .add(m.entries().get("gateway"), path + ".gateway", "\"" + g + "\"", "a declared gateway: " + declared));
            Optional<Chosen> scaler = fields.required(m, path, "scaler").flatMap(n -> scaler(fields, n, includes));
            Optional<Long> initial = Fields.optional(m, "initialReplicas")
                    .map(n -> fields.integer(n, path + ".initialReplicas", 1, 10_000))
                    .orElse(scaler.map(c -> (long) c.defaultInitialReplicas()));
            Optional<ReplicaResources> resources = Fields.optional(m, "resources").map(n -> resources(fields, n))
                    .orElse(Optional.of(DEFAULT_RESOURCES));
            Optional<Long> scrape = Fields.optional(m, "scrapeInterval")
                    .map(n -> ScenarioReader.duration(fields, n, path + ".scrapeInterval")).orElse(Optional.of(15 * S));
            scrape.filter(v -> v == 0).ifPresent(v -> fields.problems().add(m.entries().get("scrapeInterval"),
                    path + ".scrapeInterval", "0s", "a duration greater than zero"));
            Optional<DurationDistribution> startup = Fields.optional(m, "replicaStartup")
                    .map(n -> fields.parsed(n, path + ".replicaStartup", DistributionSpecs::parse, DistributionSpecs.ALLOWED))
                    .orElse(Optional.of(DEFAULT_STARTUP));
            Optional<Long> drain = Fields.optional(m, "drain")
                    .map(n -> ScenarioReader.duration(fields, n, path + ".drain")).orElse(Optional.of(30 * S));
            Optional<Long> latencyTarget = Fields.optional(m, "latencyTarget")
                    .map(n -> ScenarioReader.duration(fields, n, path + ".latencyTarget"))
                    .orElse(Optional.of(100_000_000L));
            latencyTarget.filter(v -> v == 0).ifPresent(v -> fields.problems().add(m.entries().get("latencyTarget"),
                    path + ".latencyTarget", "0s", "a duration greater than zero"));
            if (scope.isEmpty() || latencyTarget.isEmpty() || latencyTarget.get() == 0 || gateway.isEmpty() || scaler.isEmpty() || initial.isEmpty() || resources.isEmpty() || scrape.isEmpty()
                    || scrape.get() == 0 || startup.isEmpty() || drain.isEmpty()) {
                return Optional.empty();
            }
            if (gateways && scaler.get().rule() instanceof ScalingRule.Hpa) {
                fields.problems().add(m.entries().get("scaler"), path + ".scaler.kind", "hpa with scope gateways",
                        "keda or load-balancer: the HPA scales a Deployment's replicas, not the number of gateways");
                return Optional.empty();
            }
            return Optional.of(new AutoscalingSettings(scope.get(), gateway.get(), scaler.get().rule(),
                    initial.get().intValue(), resources.get(), scrape.get(), startup.get(), drain.get(), latencyTarget.get()));
        });
    }

    /** A scaler as read, and the replicas it starts from when the scenario does not say. */
    private record Chosen(ScalingRule rule, int defaultInitialReplicas) {
    }

    private static Optional<Chosen> scaler(Fields fields, Node node, Includes includes) {
        String path = "autoscaling.scaler";
        return fields.mapping(node, path).flatMap(m -> {
            Optional<String> kind = fields.required(m, path, "kind").flatMap(k -> fields.string(k, path + ".kind"));
            if (kind.isEmpty()) {
                return Optional.empty();
            }
            Values v = new Values(fields, m, path);
            try {
                switch (kind.get()) {
                    case "hpa":
                        fields.onlyKnownKeys(m, path, Set.of("kind", "manifest", "settings"));
                        return hpa(fields, m, includes);
                    case "keda": {
                        fields.onlyKnownKeys(m, path, Set.of("kind", "target", "activation", "pollingInterval",
                                "cooldown", "minReplicas", "maxReplicas"));
                        Optional<Double> target = fields.required(m, path, "target")
                                .flatMap(n -> fields.positiveNumber(n, path + ".target"));
                        double activation = v.number("activation", 0);
                        long polling = v.duration("pollingInterval", 30 * S);
                        long cooldown = v.duration("cooldown", 300 * S);
                        int min = v.count("minReplicas", 0, 0);
                        int max = v.count("maxReplicas", 100, 1);
                        if (target.isEmpty() || !fields.problems().isEmpty()) {
                            return Optional.empty();
                        }
                        KedaScaler keda = new KedaScaler(target.get(), activation, polling, cooldown, min, max);
                        return Optional.of(new Chosen(new ScalingRule.Observing(keda), Math.max(1, min)));
                    }
                    case "load-balancer": {
                        fields.onlyKnownKeys(m, path, Set.of("kind", "cpu", "memory", "connections", "p95Latency",
                                "minReplicas", "maxReplicas", "period", "quietWindow", "scaleInBelow",
                                "scaleOutCooldown"));
                        LoadBalancerScaler d = LoadBalancerScaler.withDefaults();
                        LoadBalancerScaler.Thresholds t = new LoadBalancerScaler.Thresholds(
                                v.number("cpu", d.thresholds().cpuUtilization()),
                                v.number("memory", d.thresholds().memoryUtilization()),
                                v.count("connections", d.thresholds().connectionsPerReplica(), 1),
                                v.duration("p95Latency", d.thresholds().p95LatencyNanos()));
                        LoadBalancerScaler lb = new LoadBalancerScaler(t, v.count("minReplicas", d.minReplicas(), 1),
                                v.count("maxReplicas", d.maxReplicas(), 1), v.duration("period", d.periodNanos()),
                                v.duration("quietWindow", d.quietWindowNanos()),
                                v.number("scaleInBelow", d.scaleInBelow()),
                                v.duration("scaleOutCooldown", d.scaleOutCooldownNanos()));
                        return fields.problems().isEmpty() ? Optional.of(new Chosen(new ScalingRule.Observing(lb),
                                lb.minReplicas())) : Optional.empty();
                    }
                    default:
                        fields.problems().add(m.entries().get("kind"), path + ".kind", "\"" + kind.get() + "\"",
                                "one of hpa, keda, load-balancer");
                        return Optional.empty();
                }
            } catch (IllegalArgumentException e) {
                fields.problems().add(m, path, "values that do not fit together (" + e.getMessage() + ")",
                        "a consistent " + kind.get() + " scaler");
                return Optional.empty();
            }
        });
    }

    private static Optional<Chosen> hpa(Fields fields, Node.Mapping m, Includes includes) {
        String path = "autoscaling.scaler";
        Optional<HpaManifest> manifest = fields.required(m, path, "manifest")
                .flatMap(n -> fields.string(n, path + ".manifest").flatMap(file -> {
                    try {
                        Includes.Included included = includes.read(file);
                        return Optional.of(new HpaManifestReader().read(included.name(), included.text()));
                    } catch (InvalidFileException e) {
                        fields.problems().add(n, path + ".manifest", "\"" + file + "\", which is not a valid HPA manifest "
                                + "(its problems follow)", "the path of an autoscaling/v2 HPA manifest, relative to the "
                                + "scenario file");
                        fields.problems().addAll(e.problems());
                        return Optional.empty();
                    }
                }));
        Optional<HpaSettings> settings = Fields.optional(m, "settings").map(n -> settings(fields, n))
                .orElse(Optional.of(HpaSettings.DEFAULTS));
        if (manifest.isEmpty() || settings.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Chosen(new ScalingRule.Hpa(manifest.get().spec(), settings.get()),
                Math.max(1, manifest.get().spec().minReplicas())));
    }

    private static Optional<HpaSettings> settings(Fields fields, Node node) {
        String path = "autoscaling.scaler.settings";
        return fields.mapping(node, path).flatMap(m -> {
            fields.onlyKnownKeys(m, path, Set.of("tolerance", "cpuInitializationPeriod", "initialReadinessDelay",
                    "downscaleStabilization", "syncPeriod"));
            HpaSettings d = HpaSettings.DEFAULTS;
            Values v = new Values(fields, m, path);
            double tolerance = v.number("tolerance", d.tolerance());
            long init = v.duration("cpuInitializationPeriod", d.cpuInitializationPeriodNanos());
            long readiness = v.duration("initialReadinessDelay", d.initialReadinessDelayNanos());
            long stabilization = v.duration("downscaleStabilization", d.downscaleStabilizationNanos());
            long sync = v.duration("syncPeriod", d.syncPeriodNanos());
            try {
                return Optional.of(new HpaSettings(tolerance, init, readiness, stabilization, sync));
            } catch (IllegalArgumentException e) {
                fields.problems().add(m, path, "values that do not fit together (" + e.getMessage() + ")",
                        "the controller's flags as kube-controller-manager takes them");
                return Optional.empty();
            }
        });
    }

    private static Optional<ReplicaResources> resources(Fields fields, Node node) {
        String path = "autoscaling.resources";
        return fields.mapping(node, path).flatMap(m -> {
            fields.onlyKnownKeys(m, path, RESOURCES);
            ReplicaResources d = DEFAULT_RESOURCES;
            Values v = new Values(fields, m, path);
            long cpuRequest = v.milli("cpuRequest", d.cpuRequestMillis());
            long memoryRequest = v.milli("memoryRequest", d.memoryRequestBytes() * 1000) / 1000;
            long cpuIdle = v.milli("cpuIdle", d.cpuIdleMillis());
            long cpuPerBusyWorker = v.milli("cpuPerBusyWorker", d.cpuPerBusyWorkerMillis());
            long memoryBase = v.milli("memoryBase", d.memoryBaseBytes() * 1000) / 1000;
            long memoryPerConnection = v.milli("memoryPerConnection", d.memoryPerConnectionBytes() * 1000) / 1000;
            try {
                return Optional.of(new ReplicaResources(cpuRequest, memoryRequest, cpuIdle, cpuPerBusyWorker, memoryBase,
                        memoryPerConnection));
            } catch (IllegalArgumentException e) {
                fields.problems().add(m, path, "values that do not fit together (" + e.getMessage() + ")",
                        "positive requests and uses of 0 or more");
                return Optional.empty();
            }
        });
    }

    /** Optional values of one mapping, each with a default; a bad one is recorded and its default used. */
    private record Values(Fields fields, Node.Mapping mapping, String path) {
        double number(String key, double fallback) {
            return Fields.optional(mapping, key).flatMap(n -> fields.nonNegativeNumber(n, path + "." + key))
                    .orElse(fallback);
        }

        long duration(String key, long fallback) {
            return Fields.optional(mapping, key).flatMap(n -> ScenarioReader.duration(fields, n, path + "." + key))
                    .orElse(fallback);
        }

        int count(String key, int fallback, int min) {
            return Fields.optional(mapping, key).flatMap(n -> fields.integer(n, path + "." + key, min, 100_000))
                    .map(Long::intValue).orElse(fallback);
        }

        /** A Kubernetes quantity ("500m", "256Mi", 2) in milli-units. */
        long milli(String key, long fallback) {
            return Fields.optional(mapping, key).flatMap(n -> fields.parsed(n, path + "." + key, Quantities::milliValue,
                    Quantities.ALLOWED)).orElse(fallback);
        }
    }
}
