package dev.fleetcast.formats.scenario;

import dev.fleetcast.formats.DistributionSpecs;
import dev.fleetcast.formats.Durations;
import dev.fleetcast.formats.Sha256;
import dev.fleetcast.formats.calibration.CalibratedLatencies;
import dev.fleetcast.formats.calibration.CalibrationFile;
import dev.fleetcast.formats.calibration.CalibrationReader;
import dev.fleetcast.formats.validation.Fields;
import dev.fleetcast.formats.validation.InvalidFileException;
import dev.fleetcast.formats.validation.Problem;
import dev.fleetcast.formats.validation.Problems;
import dev.fleetcast.formats.yaml.Node;
import dev.fleetcast.formats.yaml.YamlSyntaxException;
import dev.fleetcast.formats.yaml.YamlTree;
import dev.fleetcast.model.assignment.AssignmentPolicy;
import dev.fleetcast.model.assignment.Policies;
import dev.fleetcast.model.discipline.Blind;
import dev.fleetcast.model.discipline.Discipline;
import dev.fleetcast.model.discipline.Ledger;
import dev.fleetcast.model.discipline.Naive;
import dev.fleetcast.model.discipline.Optimistic;
import dev.fleetcast.model.distribution.DurationDistribution;
import dev.fleetcast.model.rebalance.MoveBudget;
import dev.fleetcast.model.scenario.AutoscalingSettings;
import dev.fleetcast.model.scenario.ControllerSettings;
import dev.fleetcast.model.scenario.CreationProcess;
import dev.fleetcast.model.scenario.FailoverTrigger;
import dev.fleetcast.model.scenario.Fault;
import dev.fleetcast.model.scenario.GatewaySpec;
import dev.fleetcast.model.scenario.HeartbeatSettings;
import dev.fleetcast.model.scenario.Latencies;
import dev.fleetcast.model.scenario.MessageLoad;
import dev.fleetcast.model.scenario.PlanSettings;
import dev.fleetcast.model.scenario.PlatformScenario;
import dev.fleetcast.model.scenario.ReadMode;
import dev.fleetcast.model.scenario.WasmbedDefaults;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a scenario file (YAML, {@code schemaVersion: 1}; documented in docs/scenarios.md)
 * into a {@link ScenarioFile}, with WASMBED's defaults ({@link WasmbedDefaults}) where the
 * file says nothing. Validation collects every problem — file, line, field path, what was
 * found, what is allowed — and throws them together as one {@link InvalidFileException}.
 */
public final class ScenarioReader {

    /** The schema version this reader understands. */
    public static final int SCHEMA_VERSION = 1;

    private static final Set<String> TOP = Set.of("schemaVersion", "name", "seed", "replications", "devices",
            "creation", "gateways", "controller", "latencies", "heartbeat", "faults", "duration", "samplingInterval",
            "calibration", "load", "autoscaling", "sweep", "plan");
    private static final Set<String> CONTROLLER = Set.of("policy", "respectMaxDevices", "discipline", "maxAttempts",
            "workers", "readMode", "requeueInterval", "failoverTrigger", "rebalance");
    private static final Set<String> LATENCIES = Set.of("apiWrite", "apiList", "listPerDevice", "watchDelay",
            "podStartup", "handshake", "failureNoticed", "gatewayRollout");
    private static final Set<String> HEARTBEAT = Set.of("interval", "monitorPeriod", "unreachableAfter",
            "reconnectBase", "reconnectCap");
    private static final Set<String> GATEWAY = Set.of("name", "maxDevices", "weight", "region");
    private static final Set<String> FAULT = Set.of("at", "gateway", "kind", "duration");
    static final String DURATION = "a duration such as 30s, 250ms or 1.5h (units h, m, s, ms, us, ns)";
    private static final String DISTRIBUTION = DistributionSpecs.ALLOWED;


    /**
     * Reads and validates {@code file}.
     *
     * @throws InvalidFileException listing every problem, or saying that the file is missing
     *     or unreadable
     */
    public ScenarioFile read(Path file) {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw single(name, "no such file", "the path of a scenario file (YAML)");
        } catch (IOException e) {
            throw single(name, "a file that cannot be read (" + e.getMessage() + ")", "a readable scenario file");
        }
        Path directory = file.toAbsolutePath().getParent();
        return read(name, text, directory != null ? directory : Path.of(""));
    }

    /**
     * Reads and validates {@code text}, naming it {@code name} in messages; a calibration file
     * it names is looked for relative to the working directory.
     */
    public ScenarioFile read(String name, String text) {
        return read(name, text, Path.of(""));
    }

    /**
     * Reads and validates {@code text}, naming it {@code name} in messages; a calibration file
     * it names is looked for relative to {@code directory} (the scenario file's own).
     */
    public ScenarioFile read(String name, String text, Path directory) {
        return read(name, text, Includes.directory(directory));
    }

    /**
     * Reads and validates {@code text}, naming it {@code name} in messages; files it names are
     * read through {@code includes}.
     */
    public ScenarioFile read(String name, String text, Includes includes) {
        Node root;
        try {
            root = new YamlTree().parse(text);
        } catch (YamlSyntaxException e) {
            Problems problems = new Problems(name);
            problems.add(e.position(), "", "malformed YAML (" + e.getMessage() + ")", "a YAML mapping of scenario fields");
            throw new InvalidFileException(name, problems.list());
        }
        Fields fields = new Fields(new Problems(name));
        String sha256 = Sha256.of(text);
        Optional<Node.Mapping> top = fields.mapping(root, "");
        Optional<Node.Mapping> base = top.map(t -> without(t, "sweep"));
        Optional<ScenarioFile> scenario = base.flatMap(b -> scenario(fields, b, includes, sha256));
        Optional<List<Sweeps.Axis>> axes = top.flatMap(t -> Fields.optional(t, "sweep")).flatMap(n -> Sweeps.axes(fields, n));
        fields.problems().throwIfAny();
        if (axes.isEmpty()) {
            return scenario.orElseThrow();
        }
        List<SweepCell> cells = new ArrayList<>();
        for (Map<String, Node> combination : Sweeps.combinations(axes.get())) {
            Map<String, String> values = new LinkedHashMap<>();
            combination.forEach((path, value) -> values.put(path, Sweeps.text(value)));
            String label = new SweepCell(values, scenario.get().scenario()).label();
            Node.Mapping cellTop = base.get();
            try {
                for (Map.Entry<String, Node> entry : combination.entrySet()) {
                    cellTop = Sweeps.with(cellTop, entry.getKey(), entry.getValue());
                }
            } catch (IllegalArgumentException e) {
                fields.problems().add(combination.values().iterator().next(), "sweep", e.getMessage(),
                        "field paths through mappings, such as controller.policy");
                break;
            }
            Fields cellFields = new Fields(new Problems(name));
            Optional<ScenarioFile> cell = scenario(cellFields, cellTop, includes, sha256);
            for (Problem problem : cellFields.problems().list()) {
                fields.problems().addAll(List.of(new Problem(problem.file(), problem.position(),
                        "sweep[" + label + "]" + (problem.path().isEmpty() ? "" : "." + problem.path()), problem.found(),
                        problem.allowed())));
            }
            cell.ifPresent(c -> cells.add(new SweepCell(values, c.scenario())));
        }
        fields.problems().throwIfAny();
        return scenario.orElseThrow().withCells(cells);
    }

    private static Node.Mapping without(Node.Mapping top, String key) {
        Map<String, Node> entries = new LinkedHashMap<>(top.entries());
        Map<String, Node.Position> keys = new LinkedHashMap<>(top.keyPositions());
        entries.remove(key);
        keys.remove(key);
        return new Node.Mapping(top.position(), entries, keys);
    }

    private static Optional<ScenarioFile> scenario(Fields fields, Node.Mapping top, Includes includes, String sha256) {
        fields.onlyKnownKeys(top, "", TOP);
        fields.required(top, "", "schemaVersion").flatMap(v -> fields.integer(v, "schemaVersion", 1, Long.MAX_VALUE))
                .filter(v -> v != SCHEMA_VERSION)
                .ifPresent(v -> fields.problems().add(top.entries().get("schemaVersion"), "schemaVersion",
                        "version " + v, "version " + SCHEMA_VERSION));
        Optional<CalibrationFile> calibration = Fields.optional(top, "calibration")
                .flatMap(node -> calibration(fields, node, includes));
        Latencies defaults = calibration.map(c -> CalibratedLatencies.over(WasmbedDefaults.latencies(), c))
                .orElse(WasmbedDefaults.latencies());
        String scenarioName = Fields.optional(top, "name").flatMap(n -> fields.string(n, "name")).orElse("scenario");
        long seed = Fields.optional(top, "seed").flatMap(n -> fields.integer(n, "seed", Long.MIN_VALUE, Long.MAX_VALUE))
                .orElse(1L);
        Optional<Long> replications = Fields.optional(top, "replications")
                .map(n -> fields.integer(n, "replications", 1, 100_000)).orElse(Optional.of(10L));
        Optional<Long> devices = fields.required(top, "", "devices")
                .flatMap(n -> fields.integer(n, "devices", 1, 100_000_000));
        Optional<CreationProcess> creation = fields.required(top, "", "creation").flatMap(n -> creation(fields, n));
        Optional<List<GatewaySpec>> gateways = fields.required(top, "", "gateways").flatMap(n -> gateways(fields, n));
        Optional<ControllerSettings> controller = fields.required(top, "", "controller")
                .flatMap(n -> controller(fields, n));
        Optional<Latencies> latencies = Fields.optional(top, "latencies").map(n -> latencies(fields, n, defaults))
                .orElse(Optional.of(defaults));
        calibration.ifPresent(c -> unprovided(fields, top, c));
        Optional<HeartbeatSettings> heartbeat = Fields.optional(top, "heartbeat").map(n -> heartbeat(fields, n))
                .orElse(Optional.of(WasmbedDefaults.heartbeat()));
        List<String> declared = Fields.optional(top, "gateways").map(ScenarioReader::declaredNames).orElse(List.of());
        Optional<List<Fault>> faults = Fields.optional(top, "faults").map(n -> faults(fields, n, declared))
                .orElse(Optional.of(List.of()));
        Optional<Long> duration = fields.required(top, "", "duration").flatMap(n -> duration(fields, n, "duration"));
        Optional<Long> sampling = Fields.optional(top, "samplingInterval")
                .map(n -> duration(fields, n, "samplingInterval")).orElse(Optional.of(10_000_000_000L));
        Optional<Optional<MessageLoad>> load = Fields.optional(top, "load")
                .map(n -> LoadReader.load(fields, n).map(Optional::of)).orElse(Optional.of(Optional.empty()));
        Optional<Optional<AutoscalingSettings>> autoscaling = Fields.optional(top, "autoscaling")
                .map(n -> AutoscalingReader.autoscaling(fields, n, includes, declared).map(Optional::of))
                .orElse(Optional.of(Optional.empty()));
        Optional<Optional<PlanSettings>> plan = Fields.optional(top, "plan")
                .map(n -> PlanReader.plan(fields, n).map(Optional::of)).orElse(Optional.of(Optional.empty()));
        positive(fields, top, "duration", duration);
        positive(fields, top, "samplingInterval", sampling);
        if (creation.orElse(null) instanceof CreationProcess.Recorded recorded && devices.isPresent()
                && recorded.timesNanos().size() != devices.get()) {
            fields.problems().add(top.entries().get("creation"), "creation.times",
                    recorded.timesNanos().size() + " times", "one time per device (devices: " + devices.get() + ")");
        }
        if (!fields.problems().isEmpty()) {
            return Optional.empty();
        }
        try {
            PlatformScenario scenario = new PlatformScenario(scenarioName, devices.get().intValue(), creation.get(),
                    gateways.get(), controller.get(), latencies.get(), heartbeat.get(), faults.get(), duration.get(),
                    sampling.get(), load.get(), autoscaling.get());
            return Optional.of(new ScenarioFile(scenario, seed, replications.get().intValue(), sha256, calibration, List.of(),
                    plan.orElse(Optional.empty())));
        } catch (IllegalArgumentException e) {
            fields.problems().add(top, "", "values that do not fit together (" + e.getMessage() + ")",
                    "a consistent scenario");
            return Optional.empty();
        }
    }

    private static void positive(Fields fields, Node.Mapping top, String key, Optional<Long> nanos) {
        nanos.filter(n -> n == 0).ifPresent(n -> fields.problems().add(top.entries().get(key), key, "0s",
                "a duration greater than zero"));
    }

    private static Optional<CreationProcess> creation(Fields fields, Node node) {
        return fields.mapping(node, "creation").flatMap(m -> {
            Optional<String> kind = fields.required(m, "creation", "kind").flatMap(k -> fields.string(k, "creation.kind"));
            if (kind.isEmpty()) {
                return Optional.empty();
            }
            switch (kind.get()) {
                case "steady": {
                    fields.onlyKnownKeys(m, "creation", Set.of("kind", "start", "interval"));
                    long start = Fields.optional(m, "start").flatMap(n -> duration(fields, n, "creation.start")).orElse(0L);
                    return fields.required(m, "creation", "interval")
                            .flatMap(n -> duration(fields, n, "creation.interval"))
                            .filter(interval -> nonZero(fields, m, "creation.interval", interval))
                            .map(interval -> new CreationProcess.Steady(start, interval));
                }
                case "burst": {
                    fields.onlyKnownKeys(m, "creation", Set.of("kind", "at"));
                    long at = Fields.optional(m, "at").flatMap(n -> duration(fields, n, "creation.at")).orElse(0L);
                    return Optional.of(new CreationProcess.Burst(at));
                }
                case "poisson": {
                    fields.onlyKnownKeys(m, "creation", Set.of("kind", "start", "meanInterval"));
                    long start = Fields.optional(m, "start").flatMap(n -> duration(fields, n, "creation.start")).orElse(0L);
                    return fields.required(m, "creation", "meanInterval")
                            .flatMap(n -> duration(fields, n, "creation.meanInterval"))
                            .filter(mean -> nonZero(fields, m, "creation.meanInterval", mean))
                            .map(mean -> new CreationProcess.Poisson(start, mean));
                }
                case "bursts": {
                    fields.onlyKnownKeys(m, "creation", Set.of("kind", "start", "size", "interval"));
                    long start = Fields.optional(m, "start").flatMap(n -> duration(fields, n, "creation.start")).orElse(0L);
                    Optional<Long> size = fields.required(m, "creation", "size")
                            .flatMap(n -> fields.integer(n, "creation.size", 1, 100_000_000));
                    Optional<Long> interval = fields.required(m, "creation", "interval")
                            .flatMap(n -> duration(fields, n, "creation.interval"))
                            .filter(i -> nonZero(fields, m, "creation.interval", i));
                    return size.isEmpty() || interval.isEmpty() ? Optional.empty()
                            : Optional.of(new CreationProcess.Bursts(start, size.get().intValue(), interval.get()));
                }
                case "recorded": {
                    fields.onlyKnownKeys(m, "creation", Set.of("kind", "times"));
                    return fields.required(m, "creation", "times").flatMap(n -> fields.sequence(n, "creation.times"))
                            .flatMap(items -> recorded(fields, items));
                }
                default:
                    fields.problems().add(m.entries().get("kind"), "creation.kind", "\"" + kind.get() + "\"",
                            "one of steady, burst, bursts, poisson, recorded");
                    return Optional.empty();
            }
        });
    }

    /** Recorded creation times: each a duration, none before the one preceding it. */
    private static Optional<CreationProcess> recorded(Fields fields, List<Node> items) {
        List<Long> times = new ArrayList<>(items.size());
        boolean valid = !items.isEmpty();
        if (items.isEmpty()) {
            fields.problems().add(new Node.Position(0, 0), "creation.times", "an empty list", "one time per device");
        }
        long previous = 0;
        for (int i = 0; i < items.size(); i++) {
            String path = "creation.times[" + i + "]";
            Optional<Long> time = duration(fields, items.get(i), path);
            if (time.isEmpty()) {
                valid = false;
                continue;
            }
            if (time.get() < previous) {
                fields.problems().add(items.get(i), path, Durations.format(time.get()),
                        "a time no earlier than the one before it (" + Durations.format(previous) + ")");
                valid = false;
            }
            previous = Math.max(previous, time.get());
            times.add(time.get());
        }
        return valid ? Optional.of(new CreationProcess.Recorded(times)) : Optional.empty();
    }

    private static boolean nonZero(Fields fields, Node.Mapping m, String path, long nanos) {
        if (nanos > 0) {
            return true;
        }
        String key = path.substring(path.lastIndexOf('.') + 1);
        fields.problems().add(m.entries().get(key), path, "0s", "a duration greater than zero");
        return false;
    }

    private static Optional<List<GatewaySpec>> gateways(Fields fields, Node node) {
        if (node instanceof Node.Scalar) {
            return fields.integer(node, "gateways", 1, 100_000).map(n -> WasmbedDefaults.gateways(n.intValue()));
        }
        Optional<List<Node>> items = fields.sequence(node, "gateways");
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<GatewaySpec> specs = new ArrayList<>();
        Set<String> names = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < items.get().size(); i++) {
            String path = "gateways[" + i + "]";
            Optional<GatewaySpec> spec = fields.mapping(items.get().get(i), path).flatMap(m -> {
                fields.onlyKnownKeys(m, path, GATEWAY);
                Optional<String> name = fields.required(m, path, "name").flatMap(n -> fields.string(n, path + ".name"));
                Optional<Long> max = Fields.optional(m, "maxDevices")
                        .map(n -> fields.integer(n, path + ".maxDevices", 1, Integer.MAX_VALUE)).orElse(Optional.of(100L));
                Optional<Double> weight = Fields.optional(m, "weight")
                        .map(n -> fields.positiveNumber(n, path + ".weight")).orElse(Optional.of(1.0));
                String region = Fields.optional(m, "region").flatMap(n -> fields.string(n, path + ".region")).orElse("");
                if (name.isPresent() && !names.add(name.get())) {
                    fields.problems().add(m.entries().get("name"), path + ".name", "\"" + name.get() + "\" again",
                            "a name no other gateway has");
                    return Optional.empty();
                }
                if (name.isEmpty() || max.isEmpty() || weight.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(new GatewaySpec(name.get(), max.get().intValue(), weight.get(), region));
            });
            spec.ifPresent(specs::add);
            ok &= spec.isPresent();
        }
        if (items.get().isEmpty()) {
            fields.problems().add(node, "gateways", "an empty list", "at least one gateway");
            return Optional.empty();
        }
        return ok ? Optional.of(specs) : Optional.empty();
    }

    private static Optional<ControllerSettings> controller(Fields fields, Node node) {
        return fields.mapping(node, "controller").flatMap(m -> {
            fields.onlyKnownKeys(m, "controller", CONTROLLER);
            boolean respect = Fields.optional(m, "respectMaxDevices")
                    .flatMap(n -> fields.bool(n, "controller.respectMaxDevices")).orElse(false);
            Optional<AssignmentPolicy> policy = fields.required(m, "controller", "policy")
                    .flatMap(n -> fields.string(n, "controller.policy").flatMap(name -> {
                        Optional<AssignmentPolicy> found = Policies.byName(name, respect);
                        if (found.isEmpty()) {
                            fields.problems().add(n, "controller.policy", "\"" + name + "\"",
                                    "one of " + String.join(", ", Policies.names()));
                        }
                        return found;
                    }));
            Optional<Long> attempts = Fields.optional(m, "maxAttempts")
                    .map(n -> fields.integer(n, "controller.maxAttempts", 1, 1_000)).orElse(Optional.of(5L));
            Optional<Discipline> discipline = fields.required(m, "controller", "discipline")
                    .flatMap(n -> fields.string(n, "controller.discipline").flatMap(name -> {
                        Optional<Discipline> found = discipline(name, attempts.orElse(5L).intValue());
                        if (found.isEmpty()) {
                            fields.problems().add(n, "controller.discipline", "\"" + name + "\"",
                                    "one of blind, naive, ledger, optimistic");
                        }
                        return found;
                    }));
            Optional<Long> workers = Fields.optional(m, "workers")
                    .map(n -> fields.integer(n, "controller.workers", 1, 10_000)).orElse(Optional.of(1L));
            Optional<ReadMode> readMode = Fields.optional(m, "readMode")
                    .map(n -> fields.choice(n, "controller.readMode", ReadMode.class)).orElse(Optional.of(ReadMode.CACHE));
            Optional<Long> requeue = Fields.optional(m, "requeueInterval")
                    .map(n -> duration(fields, n, "controller.requeueInterval")).orElse(Optional.of(30_000_000_000L));
            Optional<FailoverTrigger> trigger = Fields.optional(m, "failoverTrigger")
                    .map(n -> fields.choice(n, "controller.failoverTrigger", FailoverTrigger.class))
                    .orElse(Optional.of(FailoverTrigger.GATEWAY_PHASE));
            Optional<Optional<MoveBudget>> rebalance = Fields.optional(m, "rebalance")
                    .map(n -> rebalance(fields, n).map(Optional::of)).orElse(Optional.of(Optional.empty()));
            if (policy.isEmpty() || discipline.isEmpty() || workers.isEmpty() || readMode.isEmpty()
                    || requeue.isEmpty() || trigger.isEmpty() || rebalance.isEmpty()) {
                return Optional.empty();
            }
            if (requeue.get() == 0) {
                fields.problems().add(m.entries().get("requeueInterval"), "controller.requeueInterval", "0s",
                        "a duration greater than zero");
                return Optional.empty();
            }
            return Optional.of(new ControllerSettings(policy.get(), discipline.get(), workers.get().intValue(),
                    readMode.get(), requeue.get(), trigger.get(), rebalance.get()));
        });
    }

    private static Optional<MoveBudget> rebalance(Fields fields, Node node) {
        return fields.mapping(node, "controller.rebalance").flatMap(m -> {
            fields.onlyKnownKeys(m, "controller.rebalance", Set.of("maxMoves", "interval"));
            Optional<Long> moves = fields.required(m, "controller.rebalance", "maxMoves")
                    .flatMap(n -> fields.integer(n, "controller.rebalance.maxMoves", 1, 1_000_000));
            Optional<Long> interval = fields.required(m, "controller.rebalance", "interval")
                    .flatMap(n -> duration(fields, n, "controller.rebalance.interval"))
                    .filter(nanos -> nonZero(fields, m, "controller.rebalance.interval", nanos));
            if (moves.isEmpty() || interval.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new MoveBudget(moves.get().intValue(), interval.get()));
        });
    }

    private static Optional<Discipline> discipline(String name, int maxAttempts) {
        switch (name) {
            case "blind":
                return Optional.of(new Blind());
            case "naive":
                return Optional.of(new Naive(maxAttempts));
            case "ledger":
                return Optional.of(new Ledger());
            case "optimistic":
                return Optional.of(new Optimistic(maxAttempts));
            default:
                return Optional.empty();
        }
    }

    /**
     * A calibrated scenario takes no timing from WASMBED's defaults: every latency must come
     * from the scenario or the calibration file, so a prediction never rests on an assumption
     * that nobody chose. Records one problem naming those that come from neither.
     */
    private static void unprovided(Fields fields, Node.Mapping top, CalibrationFile calibration) {
        Set<String> inline = Fields.optional(top, "latencies").filter(n -> n instanceof Node.Mapping)
                .map(n -> ((Node.Mapping) n).entries().keySet()).orElse(Set.of());
        List<String> missing = CalibrationReader.QUANTITIES.stream()
                .filter(q -> !inline.contains(q) && !calibration.quantities().containsKey(q)).sorted().toList();
        if (!missing.isEmpty()) {
            fields.problems().add(top.entries().get("calibration"), "calibration",
                    "a calibration file without " + String.join(", ", missing) + ", which the scenario does not give "
                            + "either", "every latency in the scenario's latencies or the calibration file (a "
                            + "calibrated scenario takes no defaults)");
        }
    }

    /** The calibration file named at {@code node}; its own problems join the scenario's. */
    private static Optional<CalibrationFile> calibration(Fields fields, Node node, Includes includes) {
        return fields.string(node, "calibration").flatMap(path -> {
            try {
                Includes.Included file = includes.read(path);
                return Optional.of(new CalibrationReader().read(file.name(), file.text()));
            } catch (InvalidFileException e) {
                fields.problems().add(node, "calibration", "\"" + path + "\", which is not a valid calibration file "
                        + "(its problems follow)", "the path of a calibration file, relative to the scenario file");
                fields.problems().addAll(e.problems());
                return Optional.empty();
            }
        });
    }

    private static Optional<Latencies> latencies(Fields fields, Node node, Latencies d) {
        return fields.mapping(node, "latencies").flatMap(m -> {
            fields.onlyKnownKeys(m, "latencies", LATENCIES);
            Optional<DurationDistribution> apiWrite = distribution(fields, m, "apiWrite", d.apiWrite());
            Optional<DurationDistribution> apiList = distribution(fields, m, "apiList", d.apiList());
            Optional<Long> perDevice = Fields.optional(m, "listPerDevice")
                    .map(n -> duration(fields, n, "latencies.listPerDevice")).orElse(Optional.of(d.listPerDeviceNanos()));
            Optional<DurationDistribution> watch = distribution(fields, m, "watchDelay", d.watchDelay());
            Optional<DurationDistribution> pod = distribution(fields, m, "podStartup", d.podStartup());
            Optional<DurationDistribution> handshake = distribution(fields, m, "handshake", d.handshake());
            Optional<DurationDistribution> noticed = distribution(fields, m, "failureNoticed", d.failureNoticed());
            Optional<DurationDistribution> rollout = distribution(fields, m, "gatewayRollout", d.gatewayRollout());
            if (apiWrite.isEmpty() || apiList.isEmpty() || perDevice.isEmpty() || watch.isEmpty() || pod.isEmpty()
                    || handshake.isEmpty() || noticed.isEmpty() || rollout.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Latencies(apiWrite.get(), apiList.get(), perDevice.get(), watch.get(), pod.get(),
                    handshake.get(), noticed.get(), rollout.get()));
        });
    }

    private static Optional<DurationDistribution> distribution(Fields fields, Node.Mapping m, String key,
            DurationDistribution fallback) {
        return Fields.optional(m, key)
                .map(n -> fields.parsed(n, "latencies." + key, DistributionSpecs::parse, DISTRIBUTION))
                .orElse(Optional.of(fallback));
    }

    private static Optional<HeartbeatSettings> heartbeat(Fields fields, Node node) {
        return fields.mapping(node, "heartbeat").flatMap(m -> {
            fields.onlyKnownKeys(m, "heartbeat", HEARTBEAT);
            HeartbeatSettings d = WasmbedDefaults.heartbeat();
            Optional<Long> interval = heartbeatField(fields, m, "interval", d.intervalNanos());
            Optional<Long> monitor = heartbeatField(fields, m, "monitorPeriod", d.monitorPeriodNanos());
            Optional<Long> after = heartbeatField(fields, m, "unreachableAfter", d.unreachableAfterNanos());
            Optional<Long> base = heartbeatField(fields, m, "reconnectBase", d.reconnectBaseNanos());
            Optional<Long> cap = heartbeatField(fields, m, "reconnectCap", d.reconnectCapNanos());
            if (interval.isEmpty() || monitor.isEmpty() || after.isEmpty() || base.isEmpty() || cap.isEmpty()) {
                return Optional.empty();
            }
            if (cap.get() < base.get()) {
                fields.problems().add(m, "heartbeat.reconnectCap", Durations.format(cap.get()),
                        "a duration of at least reconnectBase (" + Durations.format(base.get()) + ")");
                return Optional.empty();
            }
            return Optional.of(new HeartbeatSettings(interval.get(), monitor.get(), after.get(), base.get(), cap.get()));
        });
    }

    private static Optional<Long> heartbeatField(Fields fields, Node.Mapping m, String key, long fallback) {
        Optional<Long> value = Fields.optional(m, key).map(n -> duration(fields, n, "heartbeat." + key))
                .orElse(Optional.of(fallback));
        if (value.isPresent() && value.get() == 0) {
            fields.problems().add(m.entries().get(key), "heartbeat." + key, "0s", "a duration greater than zero");
            return Optional.empty();
        }
        return value;
    }

    /** The gateway names a file declares, read leniently (problems are reported elsewhere). */
    private static List<String> declaredNames(Node node) {
        if (node instanceof Node.Scalar scalar && scalar.kind() == Node.Scalar.Kind.INTEGER) {
            try {
                int count = Integer.parseInt(scalar.text());
                return count > 0 ? WasmbedDefaults.gateways(Math.min(count, 100_000)).stream().map(GatewaySpec::name).toList()
                        : List.of();
            } catch (NumberFormatException e) {
                return List.of();
            }
        }
        List<String> names = new ArrayList<>();
        if (node instanceof Node.Sequence sequence) {
            for (Node item : sequence.items()) {
                if (item instanceof Node.Mapping mapping && mapping.entries().get("name") instanceof Node.Scalar name) {
                    names.add(name.text());
                }
            }
        }
        return names;
    }

    private static Optional<List<Fault>> faults(Fields fields, Node node, List<String> declared) {
        Optional<List<Node>> items = fields.sequence(node, "faults");
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<Fault> faults = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < items.get().size(); i++) {
            String path = "faults[" + i + "]";
            Optional<Fault> fault = fields.mapping(items.get().get(i), path).flatMap(m -> {
                fields.onlyKnownKeys(m, path, FAULT);
                Optional<Long> at = fields.required(m, path, "at").flatMap(n -> duration(fields, n, path + ".at"));
                Optional<String> gateway = fields.required(m, path, "gateway")
                        .flatMap(n -> fields.string(n, path + ".gateway"));
                Optional<Fault.Kind> kind = fields.required(m, path, "kind")
                        .flatMap(n -> fields.choice(n, path + ".kind", Fault.Kind.class));
                Optional<Long> duration = Fields.optional(m, "duration").flatMap(n -> duration(fields, n, path + ".duration"));
                if (gateway.isPresent() && !declared.isEmpty() && !declared.contains(gateway.get())) {
                    fields.problems().add(m.entries().get("gateway"), path + ".gateway", "\"" + gateway.get() + "\"",
                            "a declared gateway: " + String.join(", ", declared.stream().limit(10).toList())
                                    + (declared.size() > 10 ? ", …" : ""));
                    return Optional.empty();
                }
                if (at.isEmpty() || gateway.isEmpty() || kind.isEmpty()) {
                    return Optional.empty();
                }
                boolean timed = kind.get() == Fault.Kind.RESTART || kind.get() == Fault.Kind.PARTITION;
                if (timed && duration.filter(d -> d > 0).isEmpty()) {
                    fields.problems().add(m, path + ".duration", duration.isPresent() ? "0s" : "nothing",
                            "a duration greater than zero (a " + Fields.kebab(kind.get()) + " lasts a while)");
                    return Optional.empty();
                }
                if (!timed && duration.isPresent()) {
                    fields.problems().add(m.entries().get("duration"), path + ".duration",
                            Durations.format(duration.get()), "no duration: a " + Fields.kebab(kind.get()) + " is for good");
                    return Optional.empty();
                }
                return Optional.of(new Fault(at.get(), gateway.get(), kind.get(), timed ? duration.get() : 0));
            });
            fault.ifPresent(faults::add);
            ok &= fault.isPresent();
        }
        return ok ? Optional.of(faults) : Optional.empty();
    }

    static Optional<Long> duration(Fields fields, Node node, String path) {
        return fields.parsed(node, path, Durations::parse, DURATION);
    }

    private static InvalidFileException single(String file, String found, String allowed) {
        Problems problems = new Problems(file);
        problems.add(new Node.Position(0, 0), "", found, allowed);
        return new InvalidFileException(file, problems.list());
    }
}
