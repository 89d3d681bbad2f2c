package dev.fleetcast.formats.foreign;

import dev.fleetcast.formats.Seconds;
import dev.fleetcast.formats.validation.Fields;
import dev.fleetcast.formats.validation.Items;
import dev.fleetcast.formats.validation.Problems;
import dev.fleetcast.formats.yaml.Node;
import dev.fleetcast.model.observed.GatewaySplit;
import dev.fleetcast.model.observed.ObservedQuantities;
import dev.fleetcast.model.observed.SourceFile;
import dev.fleetcast.model.result.GatewaySample;
import dev.fleetcast.model.trace.GatewaySeries;
import dev.fleetcast.model.trace.PodPhaseSample;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads the JSON of WASMBED's metrics collector (one file per scenario; docs/traces.md):
 *
 * <pre>
 * {"scenario": "60_devices_3_gateways", "timestamp": "2025-10-26T12:20:18",
 *  "config": {"num_devices": 60, "num_gateways": 3, "devices_per_gateway": 20.0},
 *  "samples": [{"timestamp": "...", "elapsed": 15.0, "device_count": 60,
 *               "gateway_distribution": {"gateway-1": 27, "gateway-2": 24, "gateway-3": 9},
 *               "connection_states": {"Enrolled": 60}, "mcu_types": {...},
 *               "pod_count": 63, "pod_phases": {"Running": 63}}],
 *  "summary": {"total_samples": 58, "final_gateway_distribution": {...}, ...}}
 * </pre>
 *
 * Required: {@code samples}, a non-empty list, each with {@code elapsed} and
 * {@code gateway_distribution}. Everything else is optional, and fields the reader does not
 * know are ignored, since the collector is not ours. A file of another shape — older
 * collectors wrote one, and broke their own plotting script with a KeyError — is recognised
 * before any field is read and reported in one message that says so.
 */
public final class CollectorReader {

    /** Fields of the collector's top level, by which the dispatcher recognises its files. */
    static final Set<String> TOP = Set.of("scenario", "timestamp", "config", "samples", "summary");

    private static final String SHAPE = "the WASMBED collector's current shape: an object whose \"samples\" is a "
            + "list of {elapsed, gateway_distribution, ...} (docs/traces.md)";

    /**
     * Reads {@code root}, the parsed file named {@code name}.
     *
     * @throws dev.fleetcast.formats.validation.InvalidFileException with one problem for a
     *     foreign or older shape or an empty sample list, else every problem of the fields
     */
    public CollectorRun read(String name, Node root) {
        Node.Mapping top = shape(name, root);
        Fields fields = new Fields(new Problems(name));
        Optional<String> scenario = Items.text(fields, top, "", "scenario", "");
        Items.text(fields, top, "", "timestamp", "");
        Optional<Node.Mapping> config = Fields.optional(top, "config").flatMap(n -> fields.mapping(n, "config"));
        OptionalInt devices = config.flatMap(c -> Fields.optional(c, "num_devices"))
                .flatMap(n -> fields.integer(n, "config.num_devices", 0, Integer.MAX_VALUE))
                .map(v -> OptionalInt.of(v.intValue())).orElse(OptionalInt.empty());
        OptionalInt gateways = config.flatMap(c -> Fields.optional(c, "num_gateways"))
                .flatMap(n -> fields.integer(n, "config.num_gateways", 1, Integer.MAX_VALUE))
                .map(v -> OptionalInt.of(v.intValue())).orElse(OptionalInt.empty());
        config.flatMap(c -> Fields.optional(c, "devices_per_gateway"))
                .ifPresent(n -> fields.nonNegativeNumber(n, "config.devices_per_gateway"));
        Optional<List<Sample>> samples = Items.list(fields, top.entries().get("samples"), "samples",
                CollectorReader::sample);
        Optional<Map<String, Integer>> summaryFinal = Optional.empty();
        Optional<Node.Mapping> summary = Fields.optional(top, "summary").flatMap(n -> fields.mapping(n, "summary"));
        if (summary.isPresent()) {
            Fields.optional(summary.get(), "total_samples")
                    .ifPresent(n -> fields.integer(n, "summary.total_samples", 0, Long.MAX_VALUE));
            Fields.optional(summary.get(), "avg_device_count")
                    .ifPresent(n -> fields.nonNegativeNumber(n, "summary.avg_device_count"));
            Items.optionalCounts(fields, summary.get(), "summary", "final_connection_states");
            summaryFinal = Items.optionalCounts(fields, summary.get(), "summary", "final_gateway_distribution")
                    .orElse(Optional.empty());
        }
        samples.ifPresent(list -> inOrder(fields, top, list));
        fields.problems().throwIfAny();
        return run(scenario.orElseThrow(), devices, gateways, samples.orElseThrow(), summaryFinal);
    }

    /** Quantities and split of a collector file: it counts, so it gives the split and no durations. */
    public static ObservedQuantities observe(SourceFile source, CollectorRun run) {
        ObservedQuantities.Builder into = ObservedQuantities.builder(source);
        GatewaySplit split = run.finalSplit();
        into.split(split);
        into.note("the collector counts devices per gateway at each sample: it gives the final split " + split.shorthand()
                + " (" + split.devices() + " devices, " + split.gateways() + " gateways), not per-device durations");
        run.summaryFinal().filter(summary -> !summary.equals(run.lastDistribution())).ifPresent(summary ->
                into.note("summary.final_gateway_distribution " + summary + " differs from the last sample's "
                        + run.lastDistribution() + "; the summary's is used"));
        run.configuredGateways().ifPresent(configured -> {
            if (split.devicesPerGateway().size() > configured) {
                into.note("the split names " + split.devicesPerGateway().size() + " gateways, config.num_gateways says "
                        + configured);
            }
        });
        return into.build();
    }

    /** The top level, or one problem saying that the file has another shape. */
    private static Node.Mapping shape(String name, Node root) {
        if (!(root instanceof Node.Mapping top)) {
            throw ForeignFields.single(name, root.position(), "", root.describe(), SHAPE);
        }
        Node samples = top.entries().get("samples");
        if (samples == null || samples instanceof Node.Null) {
            throw ForeignFields.single(name, top.position(), "", "an older or foreign shape of the collector's JSON: "
                    + ForeignFields.keys(top) + ", and no \"samples\"", SHAPE);
        }
        if (!(samples instanceof Node.Sequence list)) {
            throw ForeignFields.single(name, samples.position(), "samples", "an older or foreign shape of the "
                    + "collector's JSON: \"samples\" is " + samples.describe(), SHAPE);
        }
        if (list.items().isEmpty()) {
            throw ForeignFields.single(name, samples.position(), "samples", "an empty list",
                    "at least one sample: the collector recorded nothing, so there is nothing to calibrate from");
        }
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            boolean known = item instanceof Node.Mapping m
                    && (m.entries().containsKey("elapsed") || m.entries().containsKey("gateway_distribution"));
            if (!known) {
                throw ForeignFields.single(name, item.position(), "samples[" + i + "]", "an older or foreign shape of "
                        + "the collector's JSON: a sample with " + (item instanceof Node.Mapping m
                                ? ForeignFields.keys(m) : item.describe()) + " and neither \"elapsed\" nor "
                        + "\"gateway_distribution\"", SHAPE);
            }
        }
        return top;
    }

    /** One sample as read. */
    private record Sample(Node node, long elapsedNanos, Map<String, Integer> gateways,
            Optional<Map<String, Integer>> podPhases, OptionalInt deviceCount) {
    }

    private static Optional<Sample> sample(Fields fields, Node node, String path) {
        return fields.mapping(node, path).flatMap(m -> {
            Optional<Long> elapsed = fields.required(m, path, "elapsed")
                    .flatMap(n -> Seconds.read(fields, n, path + ".elapsed"));
            Optional<Map<String, Integer>> gateways = fields.required(m, path, "gateway_distribution")
                    .flatMap(n -> Items.counts(fields, n, path + ".gateway_distribution"));
            Items.text(fields, m, path, "timestamp", "");
            Optional<Long> deviceCount = Fields.optional(m, "device_count")
                    .flatMap(n -> fields.integer(n, path + ".device_count", 0, Integer.MAX_VALUE));
            Fields.optional(m, "pod_count").ifPresent(n -> fields.integer(n, path + ".pod_count", 0, Integer.MAX_VALUE));
            Items.optionalCounts(fields, m, path, "connection_states");
            Items.optionalCounts(fields, m, path, "mcu_types");
            Optional<Optional<Map<String, Integer>>> phases = Items.optionalCounts(fields, m, path, "pod_phases");
            if (elapsed.isEmpty() || gateways.isEmpty() || phases.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Sample(node, elapsed.get(), gateways.get(), phases.get(),
                    deviceCount.map(v -> OptionalInt.of(v.intValue())).orElse(OptionalInt.empty())));
        });
    }

    private static void inOrder(Fields fields, Node.Mapping top, List<Sample> samples) {
        for (int i = 1; i < samples.size(); i++) {
            if (samples.get(i).elapsedNanos() < samples.get(i - 1).elapsedNanos()) {
                fields.problems().add(samples.get(i).node(), "samples[" + i + "].elapsed",
                        Seconds.of(samples.get(i).elapsedNanos()) + " after "
                                + Seconds.of(samples.get(i - 1).elapsedNanos()),
                        "samples in the order they were taken (elapsed never decreasing)");
                return;
            }
        }
    }

    private static CollectorRun run(String scenario, OptionalInt devices, OptionalInt gateways, List<Sample> samples,
            Optional<Map<String, Integer>> summaryFinal) {
        Set<String> names = new LinkedHashSet<>();
        samples.forEach(s -> names.addAll(s.gateways().keySet()));
        List<String> columns = List.copyOf(names);
        List<GatewaySample> rows = new ArrayList<>();
        List<PodPhaseSample> phases = new ArrayList<>();
        for (Sample sample : samples) {
            int[] counts = new int[columns.size()];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = sample.gateways().getOrDefault(columns.get(i), 0);
            }
            rows.add(new GatewaySample(sample.elapsedNanos(), counts));
            sample.podPhases().ifPresent(p -> phases.add(new PodPhaseSample(sample.elapsedNanos(), p)));
        }
        Sample last = samples.get(samples.size() - 1);
        return new CollectorRun(scenario, devices, gateways, new GatewaySeries(columns, rows), phases, last.gateways(),
                last.deviceCount(), summaryFinal);
    }
}
