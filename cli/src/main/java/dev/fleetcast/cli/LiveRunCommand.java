package dev.fleetcast.cli;

import dev.fleetcast.formats.Durations;
import dev.fleetcast.formats.result.InputFile;
import dev.fleetcast.formats.scenario.ScenarioFile;
import dev.fleetcast.formats.validation.InvalidFileException;
import dev.fleetcast.live.run.DryRun;
import dev.fleetcast.live.run.LiveRun;
import dev.fleetcast.live.run.LiveRunException;
import dev.fleetcast.live.run.LiveRunOptions;
import dev.fleetcast.live.run.PlannedGateway;
import dev.fleetcast.live.run.RunClock;
import dev.fleetcast.live.run.RunObjects;
import dev.fleetcast.live.run.RunOutcome;
import dev.fleetcast.live.run.RunPlan;
import dev.fleetcast.live.run.RunPlanner;
import dev.fleetcast.live.run.view.Prediction;
import dev.fleetcast.live.run.view.RunView;
import dev.fleetcast.live.standin.StandInPlatform;
import dev.fleetcast.model.scenario.PlatformScenario;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code fleetcast live run}: a scenario played against a cluster, its trace recorded. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Plays a scenario against a cluster: creates its Gateways, creates Devices on the scenario's "
                + "creation schedule (drawn with --seed) and deletes Gateways at their delete faults, while recording "
                + "a trace (trace.json, kind fleetcast-trace) from watches on Devices, Gateways and Pods. Ends when "
                + "every device is Connected and the fleet has settled, or at --timeout; then deletes exactly the "
                + "objects it created (label fleetcast.dev/run), also on Ctrl-C.",
            "The controller, gateways and devices are not started here: they run in the cluster (the lab), or in "
                + "`fleetcast live stand-in` and `fleetcast live devices` — or, with --stand-in, all in this process "
                + "on 127.0.0.1: the stand-in API server and kubelet, a real gateway server per gateway (mutual TLS, "
                + "WASMBED's protocol), fleetcast's controllers with the scenario's policy and discipline, and "
                + "device agents."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  the run ended (settled, timed out or interrupted) and cleaned up",
                  "  1  the cluster refused a request, or the namespace holds others' objects",
                  "  3  the scenario or the prediction could not be read"})
final class LiveRunCommand implements Callable<Integer> {

    private static final long SECOND = 1_000_000_000L;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "The scenario file (YAML); see docs/scenarios.md.")
    Path scenario;

    @Mixin
    RunClusterOptions cluster;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Where trace.json and run-info.json go (default: fleetcast-live/<run id>).")
    Path output;

    @Option(names = "--dry-run", description = "Print the schedule and the YAML of every object; touch nothing.")
    boolean dryRun;

    @Option(names = "--prediction", paramLabel = "RESULT_DIR",
            description = "A `fleetcast run` result directory: the live view shows its devices per gateway beside the "
                    + "cluster's.")
    Path prediction;

    @Option(names = "--allow-foreign-objects",
            description = "Run even in a namespace holding Gateways, Devices or Deployments fleetcast did not create.")
    boolean allowForeignObjects;

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed of the creation schedule (default: the scenario's; the same as replication 0 of "
                    + "`fleetcast run` with that seed).")
    Long seed;

    @Option(names = "--timeout", paramLabel = "DURATION",
            description = "End the run at this time at the latest, e.g. 15m (default: the scenario's duration).")
    String timeout;

    @Option(names = "--settle", paramLabel = "DURATION", defaultValue = "5s",
            description = "How long every device must stay Connected, after the last creation and fault, before the "
                    + "run ends (default: ${DEFAULT-VALUE}).")
    String settle;

    @Option(names = "--run-id", paramLabel = "ID",
            description = "The run's id, the value of label fleetcast.dev/run (default: <scenario>-<UTC time>).")
    String runId;

    @Option(names = "--endpoint-pattern", paramLabel = "PATTERN", defaultValue = PlannedGateway.DEFAULT_ENDPOINT,
            description = "Each Gateway's spec.endpoint, {gateway} and {namespace} replaced: its Service's address "
                    + "(default: ${DEFAULT-VALUE}; fleetcast's gateway controller names Services "
                    + "fleetcast-gw-{gateway}).")
    String endpointPattern;

    @Option(names = "--create-threads", paramLabel = "N", defaultValue = "1",
            description = "Creations and deletions under way at once (default: ${DEFAULT-VALUE}: one after another, as "
                    + "WASMBED's scripts create Devices; more makes a burst a burst at the API server too).")
    int createThreads;

    @Option(names = "--plain", description = "A line per update even on a terminal.")
    boolean plain;

    @Option(names = "--stand-in",
            description = "Play the scenario on the test stand-in in this process instead of a cluster (no --kubeconfig): "
                    + "a fabric8 mock API server in CRUD mode, a kubelet that readies gateway pods after the "
                    + "scenario's gateway rollout time, gateway servers, controllers and device agents, all on "
                    + "127.0.0.1. Certificates go to <output>/certs. A stand-in, not a cluster: no scheduler, no "
                    + "network, no garbage collection.")
    boolean standIn;

    @Override
    public Integer call() {
        ScenarioFile file = Scenarios.read(scenario);
        long runSeed = seed != null ? seed : file.seed();
        long timeoutNanos = duration("--timeout", timeout, file.scenario().durationNanos());
        long settleNanos = duration("--settle", settle, 5 * SECOND);
        if (createThreads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--create-threads must be at least 1, was "
                    + createThreads);
        }
        String id = runId != null ? runId : defaultRunId(file.scenario().name());
        Optional<Prediction> predicted = readPrediction();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (standIn && cluster.kubeconfig != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--stand-in runs its own API server: leave out --kubeconfig");
        }
        Path directory = output != null ? output : Path.of("fleetcast-live", id);
        try (StandInPlatform platform = standIn && !dryRun ? startStandIn(file, directory, runSeed) : null;
                KubernetesClient client = platform != null ? platform.newClient()
                        : dryRun && (cluster.namespace != null || standIn) ? null : cluster.client()) {
            String namespace = client == null || platform != null
                    ? Optional.ofNullable(cluster.namespace).orElse("default") : cluster.namespace(client);
            RunPlan plan;
            try {
                plan = RunPlanner.plan(file.scenario(), namespace, id, runSeed, endpointPattern);
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--run-id " + id + ": " + e.getMessage());
            }
            RunObjects objects;
            try {
                objects = RunObjects.of(plan);
            } catch (IllegalArgumentException e) {
                throw new UserInputException(e.getMessage());
            }
            if (dryRun) {
                out.print(DryRun.describe(plan, objects));
                out.flush();
                return ExitCodes.OK;
            }
            plan.skipped().forEach(s -> err.println("fleetcast: fault not applied: " + s));
            err.flush();
            LiveRunOptions options = new LiveRunOptions(directory, allowForeignObjects, timeoutNanos, settleNanos,
                    SECOND, file.scenario().samplingIntervalNanos(), createThreads, predicted,
                    RunView.on(out, !plain && System.console() != null),
                    platform == null ? List.of() : List.of(platform.devices()), FleetcastVersion.get(),
                    List.of(new InputFile("scenario", scenario.toString(), file.sha256())));
            LiveRun run = new LiveRun(client, plan, objects, options, RunClock::startingNow);
            Thread hook = new Thread(() -> {
                run.stop();
                try {
                    run.awaitFinished(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "fleetcast-live-run-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                RunOutcome outcome = run.run();
                out.printf(Locale.ROOT, "%s: %s, %d of %d devices connected; deleted %d objects of run %s%n",
                        plan.scenario(), describe(outcome.end()), outcome.fleet().connected(), plan.devices().size(),
                        outcome.deleted().size(), id);
                outcome.errors().forEach(e -> err.println("fleetcast: " + e));
                out.println("Trace written to " + outcome.trace().toAbsolutePath().normalize());
                out.flush();
                return ExitCodes.OK;
            } catch (LiveRunException e) {
                err.println("fleetcast: " + e.getMessage());
                err.flush();
                return ExitCodes.RUNTIME;
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // The JVM is already shutting down (Ctrl-C): the hook is running and waits for us.
                }
            }
        }
    }

    /** The stand-in platform for --stand-in, in the run's namespace, with certificates under the output. */
    private StandInPlatform startStandIn(ScenarioFile file, Path directory, long runSeed) {
        PlatformScenario scenario = file.scenario();
        String namespace = Optional.ofNullable(cluster.namespace).orElse("default");
        try {
            StandInPlatform platform = StandInPlatform.start(new StandInPlatform.Settings(namespace,
                    scenario.controller(), scenario.heartbeat(), scenario.latencies().gatewayRollout(), runSeed,
                    directory.resolve("certs")), Clock.systemUTC());
            PrintWriter out = spec.commandLine().getOut();
            out.println("stand-in API server at " + platform.url() + " (namespace " + namespace + "): gateways, "
                    + "controllers (" + scenario.controller().policy().name() + ", "
                    + scenario.controller().discipline().name() + ") and device agents in this process");
            out.flush();
            return platform;
        } catch (IOException e) {
            throw new UserInputException("--stand-in: cannot prepare certificates in " + directory.resolve("certs")
                    + ": " + e.getMessage());
        }
    }

    private Optional<Prediction> readPrediction() {
        if (prediction == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Prediction.read(prediction));
        } catch (IllegalArgumentException | InvalidFileException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    private long duration(String option, String text, long otherwise) {
        if (text == null) {
            return otherwise;
        }
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " " + text + ": " + e.getMessage());
        }
    }

    private static String describe(RunOutcome.End end) {
        return switch (end) {
            case SETTLED -> "settled";
            case TIMED_OUT -> "timed out";
            case STOPPED -> "stopped";
        };
    }

    /** {@code <scenario>-<yyyyMMdd-HHmmss>}, cut to a label value's 63 characters. */
    static String defaultRunId(String scenario) {
        String time = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        String base = scenario.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-").replaceAll("^[^a-z0-9]+", "");
        int room = 63 - time.length() - 1;
        base = base.length() > room ? base.substring(0, room) : base;
        base = base.replaceAll("[^a-z0-9]+$", "");
        return base.isEmpty() ? "run-" + time : base + "-" + time;
    }
}
