package dev.fleetcast.formats.result;

import dev.fleetcast.formats.validation.Fields;
import dev.fleetcast.formats.validation.Items;
import dev.fleetcast.formats.validation.Problems;
import dev.fleetcast.formats.yaml.Node;
import dev.fleetcast.model.metrics.Imbalance;
import dev.fleetcast.model.result.AutoscalingOutcome;
import dev.fleetcast.model.result.LatencySummary;
import dev.fleetcast.model.result.MessageOutcome;
import dev.fleetcast.model.timeline.DeviceEvent;
import dev.fleetcast.model.trace.GatewaySeries;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a replication's result file (kind {@code platform-result}, schemaVersion 1) back into a
 * {@link PlatformResultFile}, for reports. Every problem is collected and thrown together as one
 * {@link dev.fleetcast.formats.validation.InvalidFileException}, each with its line, field path,
 * what was found and what is allowed; nothing else is thrown.
 *
 * <p>Fields this reader does not know are ignored rather than refused: result files are written
 * by fleetcast, a field added to them is a compatible change (an incompatible one bumps
 * {@code schemaVersion}), and a report must still read them.
 */
public final class PlatformResultReader {

    /** The file's kind. */
    public static final String KIND = "platform-result";

    private static final String WHAT = "a replication's result file (JSON, kind " + KIND + ")";

    /** Reads and validates {@code file}. */
    public PlatformResultFile read(Path file) {
        return read(file.toString(), ResultDocument.parse(file, WHAT));
    }

    /** Reads an already parsed document, naming it {@code name} in messages. */
    public PlatformResultFile read(String name, Node root) {
        Fields fields = new Fields(new Problems(name));
        Optional<PlatformResultFile> result = fields.mapping(root, "").flatMap(top -> result(fields, name, top));
        fields.problems().throwIfAny();
        return result.orElseThrow();
    }

    private static Optional<PlatformResultFile> result(Fields fields, String name, Node.Mapping top) {
        ResultDocument.header(fields, top, KIND, PlatformResultJson.SCHEMA_VERSION);
        Optional<String> version = Items.text(fields, top, "", "fleetcastVersion", "");
        Optional<Long> scenarioSeed = ResultParts.integer(fields, top, "", "scenarioSeed", Long.MIN_VALUE, Long.MAX_VALUE);
        Optional<Long> replication = ResultParts.integer(fields, top, "", "replication", 0, Integer.MAX_VALUE);
        Optional<Long> seed = ResultParts.integer(fields, top, "", "seed", Long.MIN_VALUE, Long.MAX_VALUE);
        Optional<ResolvedScenario> scenario = fields.required(top, "", "scenario")
                .flatMap(n -> ScenarioParts.read(fields, n, "scenario"));
        Optional<Map<String, Integer>> assigned = fields.required(top, "", "devicesPerGateway")
                .flatMap(n -> Items.counts(fields, n, "devicesPerGateway"));
        Optional<Map<String, Integer>> connected = fields.required(top, "", "connectedPerGateway")
                .flatMap(n -> Items.counts(fields, n, "connectedPerGateway"));
        Optional<List<String>> running = ResultParts.texts(fields, top, "", "runningGateways");
        Optional<Optional<Imbalance>> imbalance = fields.required(top, "", "imbalance")
                .flatMap(n -> imbalance(fields, n, "imbalance"));
        Optional<GatewaySeries> samples = fields.required(top, "", "samples")
                .flatMap(n -> ResultParts.series(fields, n, "samples"));
        Optional<LatencySummary> enrollment = latency(fields, top, "enrollmentLatencySeconds");
        Optional<LatencySummary> detection = latency(fields, top, "detectionTimeSeconds");
        Optional<LatencySummary> recovery = latency(fields, top, "failoverRecoverySeconds");
        Optional<Long> moved = ResultParts.integer(fields, top, "", "devicesMoved", 0, Long.MAX_VALUE);
        Optional<PlatformResultFile.ApiCalls> api = fields.required(top, "", "api").flatMap(n -> api(fields, n));
        Optional<List<String>> stuck = ResultParts.texts(fields, top, "", "stuck");
        Optional<Optional<MessageOutcome>> messages = Fields.optional(top, "messages")
                .map(n -> LoadParts.messages(fields, n, "messages").map(Optional::of))
                .orElse(Optional.of(Optional.empty()));
        Optional<Optional<AutoscalingOutcome>> autoscaling = Fields.optional(top, "autoscaling")
                .map(n -> LoadParts.autoscaling(fields, n, "autoscaling").map(Optional::of))
                .orElse(Optional.of(Optional.empty()));
        Optional<Long> events = ResultParts.integer(fields, top, "", "eventsProcessed", 0, Long.MAX_VALUE);
        Optional<Long> simulated = ResultParts.seconds(fields, top, "", "simulatedSeconds");
        Optional<List<DeviceEvent>> timeline = Items.optionalList(fields, top, "", "timeline", ResultParts::event);
        if (!fields.problems().isEmpty()) {
            return Optional.empty();
        }
        return ResultParts.refused(fields, top, "", "a consistent result file (docs/formats.md)",
                () -> new PlatformResultFile(name, version.get(), scenarioSeed.get(), replication.get().intValue(),
                        seed.get(), scenario.get(), assigned.get(), connected.get(), running.get(), imbalance.get(),
                        samples.get(), enrollment.get(), detection.get(), recovery.get(), moved.get(), api.get(),
                        stuck.get(), messages.get(), autoscaling.get(), events.get(), simulated.get(), timeline.get()));
    }

    private static Optional<LatencySummary> latency(Fields fields, Node.Mapping top, String key) {
        return fields.required(top, "", key).flatMap(n -> ResultParts.latency(fields, n, key));
    }

    /** Empty inside when no gateway was Running (the writer then leaves the object empty). */
    private static Optional<Optional<Imbalance>> imbalance(Fields fields, Node node, String path) {
        return fields.mapping(node, path).flatMap(m -> {
            if (Fields.optional(m, "maxOverMean").isEmpty()) {
                return Optional.of(Optional.empty());
            }
            Optional<Double> maxOverMean = fields.required(m, path, "maxOverMean")
                    .flatMap(n -> fields.nonNegativeNumber(n, path + ".maxOverMean"));
            Optional<Double> cv = fields.required(m, path, "coefficientOfVariation")
                    .flatMap(n -> fields.nonNegativeNumber(n, path + ".coefficientOfVariation"));
            Optional<Double> variance = fields.required(m, path, "populationVariance")
                    .flatMap(n -> fields.nonNegativeNumber(n, path + ".populationVariance"));
            Optional<Long> spread = ResultParts.integer(fields, m, path, "maxMinusMin", 0, Integer.MAX_VALUE);
            if (maxOverMean.isEmpty() || cv.isEmpty() || variance.isEmpty() || spread.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Optional.of(new Imbalance(maxOverMean.get(), cv.get(), variance.get(),
                    spread.get().intValue())));
        });
    }

    private static Optional<PlatformResultFile.ApiCalls> api(Fields fields, Node node) {
        return fields.mapping(node, "api").flatMap(m -> {
            Optional<Long> writes = ResultParts.integer(fields, m, "api", "writes", 0, Long.MAX_VALUE);
            Optional<Long> conflicts = ResultParts.integer(fields, m, "api", "conflicts", 0, Long.MAX_VALUE);
            Optional<Long> lists = ResultParts.integer(fields, m, "api", "lists", 0, Long.MAX_VALUE);
            if (writes.isEmpty() || conflicts.isEmpty() || lists.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new PlatformResultFile.ApiCalls(writes.get(), conflicts.get(), lists.get()));
        });
    }
}
