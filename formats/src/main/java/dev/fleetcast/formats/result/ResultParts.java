package dev.fleetcast.formats.result;

import dev.fleetcast.formats.Seconds;
import dev.fleetcast.formats.validation.Fields;
import dev.fleetcast.formats.validation.Items;
import dev.fleetcast.formats.yaml.Node;
import dev.fleetcast.model.result.GatewaySample;
import dev.fleetcast.model.result.LatencySummary;
import dev.fleetcast.model.timeline.DeviceEvent;
import dev.fleetcast.model.timeline.DeviceEventKind;
import dev.fleetcast.model.trace.GatewaySeries;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads the parts that several result files share — latency summaries, devices per gateway over
 * time, device events — recording problems in {@link Fields} as every reader does.
 */
final class ResultParts {

    private static final double NANOS_PER_SECOND = 1e9;

    private ResultParts() {
    }

    /** A latency object: {@code count}, and with data min, mean, percentiles, max and the histogram. */
    static Optional<LatencySummary> latency(Fields fields, Node node, String path) {
        return fields.mapping(node, path).flatMap(m -> {
            Optional<Long> count = fields.required(m, path, "count")
                    .flatMap(n -> fields.integer(n, path + ".count", 0, Long.MAX_VALUE));
            if (count.isEmpty()) {
                return Optional.empty();
            }
            if (count.get() == 0) {
                return Optional.of(LatencySummary.empty());
            }
            Optional<Long> min = seconds(fields, m, path, "min");
            Optional<Double> mean = fields.required(m, path, "mean")
                    .flatMap(n -> fields.nonNegativeNumber(n, path + ".mean")).map(s -> s * NANOS_PER_SECOND);
            Optional<Long> p50 = seconds(fields, m, path, "p50");
            Optional<Long> p95 = seconds(fields, m, path, "p95");
            Optional<Long> p99 = seconds(fields, m, path, "p99");
            Optional<Long> max = seconds(fields, m, path, "max");
            Optional<List<LatencySummary.Bin>> histogram = fields.required(m, path, "histogram")
                    .flatMap(n -> Items.list(fields, n, path + ".histogram", ResultParts::bin));
            if (min.isEmpty() || mean.isEmpty() || p50.isEmpty() || p95.isEmpty() || p99.isEmpty() || max.isEmpty()
                    || histogram.isEmpty()) {
                return Optional.empty();
            }
            return refused(fields, m, path, "a consistent latency summary (docs/formats.md)",
                    () -> new LatencySummary(count.get(), min.get(), mean.get(), p50.get(), p95.get(), p99.get(),
                            max.get(), histogram.get()));
        });
    }

    private static Optional<LatencySummary.Bin> bin(Fields fields, Node node, String path) {
        return fields.sequence(node, path).flatMap(items -> {
            if (items.size() != 2) {
                fields.problems().add(node, path, items.size() + " values", "[upToSeconds, count]");
                return Optional.empty();
            }
            Optional<Long> upTo = Seconds.read(fields, items.get(0), path + "[0]");
            Optional<Long> count = fields.integer(items.get(1), path + "[1]", 1, Long.MAX_VALUE);
            if (upTo.isEmpty() || count.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new LatencySummary.Bin(upTo.get(), count.get()));
        });
    }

    /** The required seconds at {@code key}, in nanoseconds. */
    static Optional<Long> seconds(Fields fields, Node.Mapping m, String path, String key) {
        return fields.required(m, path, key).flatMap(n -> Seconds.read(fields, n, Fields.join(path, key)));
    }

    /** {@code gateways} (each once) and {@code rows} of {@code [timeSeconds, count, …]}, times non-decreasing. */
    static Optional<GatewaySeries> series(Fields fields, Node node, String path) {
        return fields.mapping(node, path).flatMap(m -> {
            Optional<List<String>> gateways = names(fields, m, path, "gateways");
            if (gateways.isEmpty()) {
                return Optional.empty();
            }
            int columns = gateways.get().size();
            Optional<List<GatewaySample>> rows = fields.required(m, path, "rows")
                    .flatMap(n -> Items.list(fields, n, path + ".rows", (f, item, p) -> countRow(f, item, p, columns)));
            if (rows.isEmpty() || !ordered(fields, m, path + ".rows", rows.get().stream().map(GatewaySample::timeNanos)
                    .toList())) {
                return Optional.empty();
            }
            return Optional.of(new GatewaySeries(gateways.get(), rows.get()));
        });
    }

    /** A list of names at {@code key}, none blank, each once. */
    static Optional<List<String>> names(Fields fields, Node.Mapping m, String path, String key) {
        String at = Fields.join(path, key);
        Optional<List<String>> names = fields.required(m, path, key).flatMap(n -> Items.list(fields, n, at,
                (f, item, p) -> f.string(item, p).filter(name -> {
                    if (name.isBlank()) {
                        f.problems().add(item, p, "an empty name", "a gateway name");
                    }
                    return !name.isBlank();
                })));
        if (names.isPresent() && new HashSet<>(names.get()).size() != names.get().size()) {
            fields.problems().add(m.entries().get(key), at, names.get().toString(), "each gateway once");
            return Optional.empty();
        }
        return names;
    }

    private static Optional<GatewaySample> countRow(Fields fields, Node node, String path, int columns) {
        return fields.sequence(node, path).flatMap(items -> {
            if (items.size() != columns + 1) {
                fields.problems().add(node, path, items.size() + " values",
                        (columns + 1) + " values: the time in seconds, then one count per gateway");
                return Optional.empty();
            }
            Optional<Long> time = Seconds.read(fields, items.get(0), path + "[0]");
            int[] counts = new int[columns];
            boolean ok = time.isPresent();
            for (int i = 0; i < columns; i++) {
                Optional<Long> count = fields.integer(items.get(i + 1), path + "[" + (i + 1) + "]", 0, Integer.MAX_VALUE);
                ok &= count.isPresent();
                counts[i] = count.orElse(0L).intValue();
            }
            return ok ? Optional.of(new GatewaySample(time.get(), counts)) : Optional.empty();
        });
    }

    /** True if {@code times} never decrease; else records where they do. */
    static boolean ordered(Fields fields, Node at, String path, List<Long> times) {
        for (int i = 1; i < times.size(); i++) {
            if (times.get(i) < times.get(i - 1)) {
                fields.problems().add(at, path + "[" + i + "]", Seconds.of(times.get(i)) + " s after "
                        + Seconds.of(times.get(i - 1)) + " s", "times in non-decreasing order");
                return false;
            }
        }
        return true;
    }

    /** One timeline event: {@code timeSeconds}, {@code device}, {@code event} and optionally {@code gateway}. */
    static Optional<DeviceEvent> event(Fields fields, Node node, String path) {
        return fields.mapping(node, path).flatMap(m -> {
            Optional<Long> time = seconds(fields, m, path, "timeSeconds");
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

    /**
     * {@code make}'s value, or empty with a problem at {@code at} when the model refuses the
     * values: the net under the readers' own checks, so that nothing reaches a user as a stack trace.
     */
    static <T> Optional<T> refused(Fields fields, Node at, String path, String allowed, Supplier<T> make) {
        try {
            return Optional.of(make.get());
        } catch (IllegalArgumentException e) {
            fields.problems().add(at, path, "values the model refuses (" + e.getMessage() + ")", allowed);
            return Optional.empty();
        }
    }

    /** The required whole number at {@code key}, from {@code min} to {@code max}. */
    static Optional<Long> integer(Fields fields, Node.Mapping m, String path, String key, long min, long max) {
        return fields.required(m, path, key).flatMap(n -> fields.integer(n, Fields.join(path, key), min, max));
    }

    /** A list of texts at {@code key}; an empty list when absent. */
    static Optional<List<String>> texts(Fields fields, Node.Mapping m, String path, String key) {
        return Items.optionalList(fields, m, path, key, (f, item, p) -> f.string(item, p));
    }
}
