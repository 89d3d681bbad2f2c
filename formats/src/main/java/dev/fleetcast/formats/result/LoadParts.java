package dev.fleetcast.formats.result;

import dev.fleetcast.formats.Seconds;
import dev.fleetcast.formats.validation.Fields;
import dev.fleetcast.formats.validation.Items;
import dev.fleetcast.formats.yaml.Node;
import dev.fleetcast.model.result.AutoscalingOutcome;
import dev.fleetcast.model.result.LatencySummary;
import dev.fleetcast.model.result.LoadSample;
import dev.fleetcast.model.result.MessageOutcome;
import dev.fleetcast.model.result.ReplicaSample;
import dev.fleetcast.model.result.ScalingEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a platform result's {@code messages} and {@code autoscaling} objects. */
final class LoadParts {

    private LoadParts() {
    }

    /** {@code messages}: completed, waiting and response latencies, and utilization and queue samples. */
    static Optional<MessageOutcome> messages(Fields fields, Node node, String path) {
        return fields.mapping(node, path).flatMap(m -> {
            Optional<Long> completed = ResultParts.integer(fields, m, path, "completed", 0, Long.MAX_VALUE);
            Optional<LatencySummary> waiting = fields.required(m, path, "waitingSeconds")
                    .flatMap(n -> ResultParts.latency(fields, n, path + ".waitingSeconds"));
            Optional<LatencySummary> response = fields.required(m, path, "responseSeconds")
                    .flatMap(n -> ResultParts.latency(fields, n, path + ".responseSeconds"));
            Optional<List<LoadSample>> samples = fields.required(m, path, "samples")
                    .flatMap(n -> loadSamples(fields, n, path + ".samples"));
            if (completed.isEmpty() || waiting.isEmpty() || response.isEmpty() || samples.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new MessageOutcome(samples.get(), waiting.get(), response.get(), completed.get()));
        });
    }

    /** {@code utilization} and {@code queued} rows, one per sampling time, aligned. */
    private static Optional<List<LoadSample>> loadSamples(Fields fields, Node node, String path) {
        return fields.mapping(node, path).flatMap(m -> {
            Optional<List<String>> gateways = ResultParts.names(fields, m, path, "gateways");
            if (gateways.isEmpty()) {
                return Optional.empty();
            }
            int columns = gateways.get().size();
            Optional<List<double[]>> utilization = fields.required(m, path, "utilization").flatMap(n -> Items.list(
                    fields, n, path + ".utilization", (f, item, p) -> row(f, item, p, columns, false)));
            Optional<List<double[]>> queued = fields.required(m, path, "queued").flatMap(n -> Items.list(
                    fields, n, path + ".queued", (f, item, p) -> row(f, item, p, columns, true)));
            if (utilization.isEmpty() || queued.isEmpty()) {
                return Optional.empty();
            }
            if (utilization.get().size() != queued.get().size()) {
                fields.problems().add(m, path, utilization.get().size() + " utilization rows and "
                        + queued.get().size() + " queued rows", "one of each per sampling time");
                return Optional.empty();
            }
            List<LoadSample> samples = new ArrayList<>();
            for (int i = 0; i < utilization.get().size(); i++) {
                double[] u = utilization.get().get(i);
                double[] q = queued.get().get(i);
                if (u[0] != q[0]) {
                    fields.problems().add(m, path + ".queued[" + i + "][0]", q[0] / 1e9 + " s",
                            "the time of utilization row " + i + ", " + u[0] / 1e9 + " s");
                    return Optional.empty();
                }
                double[] shares = new double[columns];
                int[] waiting = new int[columns];
                for (int g = 0; g < columns; g++) {
                    shares[g] = u[g + 1];
                    waiting[g] = (int) q[g + 1];
                }
                samples.add(new LoadSample((long) u[0], shares, waiting));
            }
            if (!ResultParts.ordered(fields, m, path + ".utilization",
                    samples.stream().map(LoadSample::timeNanos).toList())) {
                return Optional.empty();
            }
            return Optional.of(samples);
        });
    }

    /** {@code [timeSeconds, v, v, …]}: the time in nanoseconds, then a fraction or a whole count per gateway. */
    private static Optional<double[]> row(Fields fields, Node node, String path, int columns, boolean counts) {
        return fields.sequence(node, path).flatMap(items -> {
            if (items.size() != columns + 1) {
                fields.problems().add(node, path, items.size() + " values",
                        (columns + 1) + " values: the time in seconds, then one value per gateway");
                return Optional.empty();
            }
            double[] row = new double[columns + 1];
            Optional<Long> time = Seconds.read(fields, items.get(0), path + "[0]");
            boolean ok = time.isPresent();
            row[0] = time.orElse(0L);
            for (int g = 1; g <= columns; g++) {
                String at = path + "[" + g + "]";
                Node item = items.get(g);
                Optional<Double> value = counts
                        ? fields.integer(item, at, 0, Integer.MAX_VALUE).map(Long::doubleValue)
                        : fields.nonNegativeNumber(item, at);
                ok &= value.isPresent();
                row[g] = value.orElse(0.0);
            }
            return ok ? Optional.of(row) : Optional.empty();
        });
    }

    /** {@code autoscaling}: the scaled gateway, its cost, and its samples and events. */
    static Optional<AutoscalingOutcome> autoscaling(Fields fields, Node node, String path) {
        return fields.mapping(node, path).flatMap(m -> {
            Optional<String> gateway = Items.name(fields, m, path, "gateway");
            Optional<Double> replicaSeconds = fields.required(m, path, "replicaSeconds")
                    .flatMap(n -> fields.nonNegativeNumber(n, path + ".replicaSeconds"));
            Optional<Long> firstScaleUp = Fields.optional(m, "firstScaleUpSeconds")
                    .map(n -> Seconds.read(fields, n, path + ".firstScaleUpSeconds")).orElse(Optional.of(-1L));
            Optional<Long> above = ResultParts.seconds(fields, m, path, "aboveLatencyTargetSeconds");
            Optional<List<ReplicaSample>> samples = fields.required(m, path, "samples")
                    .flatMap(n -> Items.list(fields, n, path + ".samples", LoadParts::replicaSample));
            Optional<List<ScalingEvent>> events = Items.optionalList(fields, m, path, "events", LoadParts::scalingEvent);
            if (gateway.isEmpty() || replicaSeconds.isEmpty() || firstScaleUp.isEmpty() || above.isEmpty()
                    || samples.isEmpty() || events.isEmpty()
                    || !ResultParts.ordered(fields, m, path + ".samples",
                            samples.get().stream().map(ReplicaSample::timeNanos).toList())) {
                return Optional.empty();
            }
            return Optional.of(new AutoscalingOutcome(gateway.get(), samples.get(), events.get(), replicaSeconds.get(),
                    firstScaleUp.get(), above.get()));
        });
    }

    /** {@code [timeSeconds, desired, existing, ready, metric]}, the metric a number or null. */
    private static Optional<ReplicaSample> replicaSample(Fields fields, Node node, String path) {
        return fields.sequence(node, path).flatMap(items -> {
            if (items.size() != 5) {
                fields.problems().add(node, path, items.size() + " values",
                        "5 values: [timeSeconds, desired, existing, ready, metric]");
                return Optional.empty();
            }
            Optional<Long> time = Seconds.read(fields, items.get(0), path + "[0]");
            Optional<Long> desired = fields.integer(items.get(1), path + "[1]", 0, Integer.MAX_VALUE);
            Optional<Long> existing = fields.integer(items.get(2), path + "[2]", 0, Integer.MAX_VALUE);
            Optional<Long> ready = fields.integer(items.get(3), path + "[3]", 0, Integer.MAX_VALUE);
            Optional<Double> metric = items.get(4) instanceof Node.Null ? Optional.of(Double.NaN)
                    : fields.number(items.get(4), path + "[4]");
            if (time.isEmpty() || desired.isEmpty() || existing.isEmpty() || ready.isEmpty() || metric.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new ReplicaSample(time.get(), desired.get().intValue(), existing.get().intValue(),
                    ready.get().intValue(), metric.get()));
        });
    }

    private static Optional<ScalingEvent> scalingEvent(Fields fields, Node node, String path) {
        return fields.mapping(node, path).flatMap(m -> {
            Optional<Long> time = ResultParts.seconds(fields, m, path, "timeSeconds");
            Optional<Long> from = ResultParts.integer(fields, m, path, "from", 0, Integer.MAX_VALUE);
            Optional<Long> to = ResultParts.integer(fields, m, path, "to", 0, Integer.MAX_VALUE);
            Optional<String> reason = Items.text(fields, m, path, "reason", "");
            if (time.isEmpty() || from.isEmpty() || to.isEmpty() || reason.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new ScalingEvent(time.get(), from.get().intValue(), to.get().intValue(), reason.get()));
        });
    }
}
