package dev.fleetcast.reports.document;

import dev.fleetcast.formats.Durations;
import dev.fleetcast.formats.result.InputFile;
import dev.fleetcast.formats.result.PlatformResultFile;
import dev.fleetcast.formats.result.ResolvedScenario;
import dev.fleetcast.formats.result.RunInfo;
import dev.fleetcast.reports.input.ReportInputs;
import dev.fleetcast.reports.input.Run;
import dev.fleetcast.reports.input.Study;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The methods paragraph, in words generated from what the result files restate: the resolved
 * scenario (every default filled in) and the seeds. Only what the files say is said; a setting
 * a file does not give is left out rather than guessed.
 */
final class MethodsText {

    private MethodsText() {
    }

    /** What every run of the report shares: how replications, seeds and intervals were made. */
    static String general(ReportInputs inputs) {
        Set<String> versions = new LinkedHashSet<>();
        inputs.runs().forEach(r -> r.replications().forEach(p -> versions.add(p.fleetcastVersion())));
        String version = versions.isEmpty() ? "" : " (fleetcast " + String.join(", ", versions) + ")";
        return "Each scenario was simulated by fleetcast's discrete-event simulator" + version + " in independent "
                + "replications. A replication's seed is a pure function of the scenario seed and the replication "
                + "index, so any replication can be re-run alone and gives the same result file byte for byte on the "
                + "same JDK; each source of randomness draws from its own named stream, so scenarios that share a "
                + "seed are compared on common random numbers. Means across replications are given with 95% "
                + "confidence intervals (Student's t, n - 1 degrees of freedom), as each run's summary.json states "
                + "them. Time series show a run's first replication; distributions pool all its replications, from "
                + "the latency histograms in the result files (three significant digits). Devices per gateway are "
                + "the API server's view: devices whose status names the gateway.";
    }

    /**
     * The methods of one study: what all its runs share, said once, and for each run what sets it
     * apart. A study of one run is that run's sentences.
     */
    static List<Block> study(Study study) {
        List<Map<String, String>> clauses = study.runs().stream().map(MethodsText::clauses).toList();
        List<String> keys = new ArrayList<>(clauses.get(0).keySet());
        clauses.forEach(c -> c.keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add));
        List<String> common = new ArrayList<>();
        if (study.runs().size() > 1) {
            for (String key : keys) {
                String first = clauses.get(0).get(key);
                if (first != null && clauses.stream().allMatch(c -> first.equals(c.get(key)))) {
                    common.add(key);
                }
            }
        }
        List<Block> blocks = new ArrayList<>();
        if (!common.isEmpty()) {
            blocks.add(new Paragraph("Study " + study.name() + ", " + study.runs().size() + " runs. Common to all: "
                    + common.stream().map(k -> clauses.get(0).get(k)).collect(Collectors.joining(" "))));
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < study.runs().size(); i++) {
            Map<String, String> own = clauses.get(i);
            String text = keys.stream().filter(k -> !common.contains(k) && own.containsKey(k)).map(own::get)
                    .collect(Collectors.joining(" "));
            items.add(study.runs().get(i).name() + (text.isEmpty() ? " (nothing else differs)." : ": " + text));
        }
        blocks.add(new Bullets(items));
        return blocks;
    }

    /** A run's description as sentences by topic, in order: fleet, controller, timing, … seeds. */
    static Map<String, String> clauses(Run run) {
        ResolvedScenario s = run.scenario();
        Map<String, String> clauses = new LinkedHashMap<>();
        clauses.put("fleet", s.devices() + " devices created " + creation(s) + " over " + s.gateways().size()
                + (s.gateways().size() == 1 ? " gateway" : " gateways") + capacity(s) + ".");
        clauses.put("controller", "Assignment by " + s.policy() + " with the " + s.discipline() + " discipline"
                + controller(s) + ".");
        String timing = joined(List.of(
                setting(s, "latencies.podStartup", "pod start-up "),
                setting(s, "latencies.handshake", "enrollment handshake "),
                setting(s, "latencies.apiWrite", "API write "),
                setting(s, "latencies.apiList", "LIST ").map(l -> l + setting(s, "latencies.listPerDevice", " plus ")
                        .map(p -> p + " per device").orElse("")),
                setting(s, "latencies.watchDelay", "watch delay "),
                setting(s, "latencies.gatewayRollout", "gateway roll-out "),
                setting(s, "latencies.failureNoticed", "gateway failure noticed after ")));
        if (!timing.isEmpty()) {
            clauses.put("timing", "Timing: " + timing + ".");
        }
        String heartbeat = joined(List.of(
                setting(s, "heartbeat.interval", "heartbeats every "),
                setting(s, "heartbeat.monitorPeriod", "monitor every "),
                setting(s, "heartbeat.unreachableAfter", "Unreachable after ")));
        if (!heartbeat.isEmpty()) {
            clauses.put("liveness", "Liveness: " + heartbeat + ".");
        }
        if (!s.faults().isEmpty()) {
            clauses.put("faults", "Faults: " + s.faults().stream().map(f -> f.gateway() + " " + f.kind() + " at "
                    + Durations.format(f.atNanos()) + (f.durationNanos() > 0 ? " for "
                            + Durations.format(f.durationNanos()) : "")).collect(Collectors.joining(", ")) + ".");
        }
        load(s).ifPresent(l -> clauses.put("load", l));
        autoscaling(s).ifPresent(a -> clauses.put("autoscaling", a));
        clauses.put("duration", "Simulated for " + s.setting("duration").orElse("?") + s.setting("samplingInterval")
                .map(i -> ", sampled every " + i).orElse("") + ".");
        clauses.put("seeds", seeds(run));
        return clauses;
    }

    /** Where and with what the runs were made, from run-info.json files. */
    static List<String> provenance(ReportInputs inputs) {
        Set<String> lines = new LinkedHashSet<>();
        for (Run run : inputs.runs()) {
            run.runInfo().ifPresent(info -> lines.add(describe(info)));
        }
        return new ArrayList<>(lines);
    }

    private static String describe(RunInfo info) {
        String inputs = info.inputs().isEmpty() ? "built-in scenarios" : info.inputs().stream()
                .map(MethodsText::input).collect(Collectors.joining("; "));
        return "fleetcast " + info.fleetcastVersion() + " started " + info.startedAt() + " on " + info.host() + " ("
                + info.java() + ", " + info.processors() + " processors), " + String.format(java.util.Locale.ROOT,
                "%.1f", info.wallSeconds()) + " s wall time; inputs: " + inputs + ".";
    }

    private static String input(InputFile file) {
        return file.role() + " " + file.path() + " (SHA-256 " + file.sha256() + ")";
    }

    private static String creation(ResolvedScenario s) {
        String kind = s.setting("creation.kind").orElse("");
        return switch (kind) {
            case "steady" -> "one every " + s.setting("creation.interval").orElse("?") + " from "
                    + s.setting("creation.start").orElse("0s");
            case "burst" -> "all at once at " + s.setting("creation.at").orElse("0s");
            case "poisson" -> "as a Poisson process with mean interval " + s.setting("creation.meanInterval").orElse("?")
                    + " from " + s.setting("creation.start").orElse("0s");
            case "recorded" -> "at recorded times";
            default -> kind.isEmpty() ? "" : "(" + kind + ")";
        };
    }

    private static String capacity(ResolvedScenario s) {
        Set<Integer> limits = s.gateways().stream().map(ResolvedScenario.Gateway::maxDevices)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return limits.size() == 1 ? " (at most " + limits.iterator().next() + " devices each)" : "";
    }

    private static String controller(ResolvedScenario s) {
        List<Optional<String>> parts = List.of(
                s.setting("controller.workers").map(w -> w + (w.equals("1") ? " reconcile worker" : " reconcile workers")),
                s.setting("controller.readMode").map(m -> "reading from " + (m.equals("cache") ? "the informer cache"
                        : m.equals("list") ? "a fresh LIST" : m)),
                s.setting("controller.failoverTrigger").map(t -> "failing over on " + t.replace('-', ' ')),
                s.setting("controller.rebalance.maxMoves").map(m -> "rebalancing at most " + m + " devices every "
                        + s.setting("controller.rebalance.interval").orElse("?")));
        String text = joined(parts);
        return text.isEmpty() ? "" : " (" + text + ")";
    }

    private static Optional<String> load(ResolvedScenario s) {
        return s.setting("load.profile.kind").map(kind -> {
            String profile = switch (kind) {
                case "steady" -> s.setting("load.profile.rate").orElse("?") + " messages per second per device";
                case "ramp" -> "from " + s.setting("load.profile.from").orElse("?") + " to "
                        + s.setting("load.profile.to").orElse("?") + " messages per second per device between "
                        + s.setting("load.profile.start").orElse("?") + " and " + s.setting("load.profile.end").orElse("?");
                case "step" -> s.setting("load.profile.before").orElse("?") + " then "
                        + s.setting("load.profile.after").orElse("?") + " messages per second per device from "
                        + s.setting("load.profile.at").orElse("?");
                case "spike" -> s.setting("load.profile.base").orElse("?") + " messages per second per device, "
                        + s.setting("load.profile.peak").orElse("?") + " for " + s.setting("load.profile.duration")
                                .orElse("?") + " from " + s.setting("load.profile.at").orElse("?");
                case "diurnal" -> "a daily cycle around " + s.setting("load.profile.mean").orElse("?")
                        + " messages per second per device";
                default -> kind;
            };
            return "Message load: " + profile + setting(s, "load.serviceTime", ", service time ").orElse("")
                    + setting(s, "load.workers", ", ").map(w -> w + " workers per gateway replica").orElse("") + ".";
        });
    }

    private static Optional<String> autoscaling(ResolvedScenario s) {
        return s.setting("autoscaling.scaler.kind").map(kind -> "Autoscaling: "
                + (kind.equals("hpa") ? "a HorizontalPodAutoscaler" : kind) + " on "
                + s.setting("autoscaling.gateway").orElse("the gateways")
                + s.setting("autoscaling.scaler.minReplicas").map(min -> ", " + min + " to "
                        + s.setting("autoscaling.scaler.maxReplicas").orElse("?") + " replicas").orElse("")
                + s.setting("autoscaling.scaler.metrics").map(m -> ", on " + m).orElse("")
                + setting(s, "autoscaling.replicaStartup", ", replica start-up ").orElse("") + ".");
    }

    private static String seeds(Run run) {
        List<PlatformResultFile> replications = run.replications();
        String list = replications.stream().map(r -> r.replication() + ": " + r.seed()).collect(Collectors.joining(", "));
        return replications.size() + (replications.size() == 1 ? " replication" : " replications")
                + " from scenario seed " + replications.get(0).scenarioSeed() + " (replication: seed " + list + ").";
    }

    private static Optional<String> setting(ResolvedScenario s, String path, String prefix) {
        return s.setting(path).map(v -> prefix + v);
    }

    private static String joined(List<Optional<String>> parts) {
        return parts.stream().flatMap(Optional::stream).collect(Collectors.joining(", "));
    }
}
