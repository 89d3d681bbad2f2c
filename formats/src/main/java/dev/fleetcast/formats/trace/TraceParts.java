package dev.fleetcast.formats.trace;

import dev.fleetcast.formats.Seconds;
import dev.fleetcast.formats.validation.Fields;
import dev.fleetcast.formats.validation.Items;
import dev.fleetcast.formats.yaml.Node;
import dev.fleetcast.model.result.GatewaySample;
import dev.fleetcast.model.trace.ApiCall;
import dev.fleetcast.model.trace.ApiVerb;
import dev.fleetcast.model.trace.GatewaySeries;
import dev.fleetcast.model.trace.PodPhaseSample;
import dev.fleetcast.model.trace.ScaleChange;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Reads the parts of a trace beside the device timeline: samples, phases, scaling, API calls. */
final class TraceParts {

    private TraceParts() {
    }

    static Optional<GatewaySeries> gatewaySamples(Fields fields, Node node) {
        String path = "gatewaySamples";
        return fields.mapping(node, path).flatMap(m -> {
            fields.onlyKnownKeys(m, path, Set.of("gateways", "rows"));
            Optional<List<String>> gateways = fields.required(m, path, "gateways")
                    .flatMap(n -> Items.list(fields, n, path + ".gateways", (f, item, p) -> f.string(item, p)
                            .filter(name -> !name.isBlank() || problem(f, item, p, "an empty name", "a gateway name"))));
            if (gateways.isEmpty()) {
                return Optional.empty();
            }
            Set<String> unique = new HashSet<>(gateways.get());
            if (unique.size() != gateways.get().size()) {
                fields.problems().add(m.entries().get("gateways"), path + ".gateways", gateways.get().toString(),
                        "each gateway once");
                return Optional.empty();
            }
            int columns = gateways.get().size();
            Optional<List<GatewaySample>> rows = fields.required(m, path, "rows")
                    .flatMap(n -> Items.list(fields, n, path + ".rows", (f, item, p) -> row(f, item, p, columns)));
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            for (int i = 1; i < rows.get().size(); i++) {
                if (rows.get().get(i).timeNanos() < rows.get().get(i - 1).timeNanos()) {
                    Node at = m.entries().get("rows") instanceof Node.Sequence s ? s.items().get(i) : m;
                    fields.problems().add(at, path + ".rows[" + i + "][0]", Seconds.of(rows.get().get(i).timeNanos())
                            + " after " + Seconds.of(rows.get().get(i - 1).timeNanos()), "times in non-decreasing order");
                    return Optional.empty();
                }
            }
            return Optional.of(new GatewaySeries(gateways.get(), rows.get()));
        });
    }

    private static Optional<GatewaySample> row(Fields fields, Node node, String path, int gateways) {
        return fields.sequence(node, path).flatMap(items -> {
            if (items.size() != gateways + 1) {
                fields.problems().add(node, path, items.size() + " values",
                        (gateways + 1) + " values: the time in seconds, then one count per gateway");
                return Optional.empty();
            }
            Optional<Long> time = Seconds.read(fields, items.get(0), path + "[0]");
            int[] counts = new int[gateways];
            boolean ok = time.isPresent();
            for (int i = 0; i < gateways; i++) {
                Optional<Long> count = fields.integer(items.get(i + 1), path + "[" + (i + 1) + "]", 0, Integer.MAX_VALUE);
                ok &= count.isPresent();
                counts[i] = count.orElse(0L).intValue();
            }
            return ok ? Optional.of(new GatewaySample(time.get(), counts)) : Optional.empty();
        });
    }

    static Optional<PodPhaseSample> podPhases(Fields fields, Node node, String path) {
        return fields.mapping(node, path).flatMap(m -> {
            fields.onlyKnownKeys(m, path, Set.of("timeSeconds", "counts"));
            Optional<Long> time = fields.required(m, path, "timeSeconds")
                    .flatMap(n -> Seconds.read(fields, n, path + ".timeSeconds"));
            Optional<Map<String, Integer>> counts = fields.required(m, path, "counts")
                    .flatMap(n -> Items.counts(fields, n, path + ".counts"));
            if (time.isEmpty() || counts.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new PodPhaseSample(time.get(), counts.get()));
        });
    }

    static Optional<ScaleChange> scaleChange(Fields fields, Node node, String path) {
        return fields.mapping(node, path).flatMap(m -> {
            fields.onlyKnownKeys(m, path, Set.of("timeSeconds", "target", "from", "to", "reason"));
            Optional<Long> time = fields.required(m, path, "timeSeconds")
                    .flatMap(n -> Seconds.read(fields, n, path + ".timeSeconds"));
            Optional<String> target = Items.name(fields, m, path, "target");
            Optional<OptionalInt> from = Fields.optional(m, "from")
                    .map(n -> fields.integer(n, path + ".from", 0, Integer.MAX_VALUE)
                            .map(v -> OptionalInt.of(v.intValue())))
                    .orElse(Optional.of(OptionalInt.empty()));
            Optional<Long> to = fields.required(m, path, "to")
                    .flatMap(n -> fields.integer(n, path + ".to", 0, Integer.MAX_VALUE));
            Optional<String> reason = Items.text(fields, m, path, "reason", "");
            if (time.isEmpty() || target.isEmpty() || from.isEmpty() || to.isEmpty() || reason.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new ScaleChange(time.get(), target.get(), from.get(), to.get().intValue(), reason.get()));
        });
    }

    static Optional<ApiCall> apiCall(Fields fields, Node node, String path) {
        return fields.mapping(node, path).flatMap(m -> {
            fields.onlyKnownKeys(m, path, Set.of("startSeconds", "verb", "latencySeconds", "items"));
            Optional<Long> start = fields.required(m, path, "startSeconds")
                    .flatMap(n -> Seconds.read(fields, n, path + ".startSeconds"));
            Optional<ApiVerb> verb = fields.required(m, path, "verb")
                    .flatMap(n -> fields.choice(n, path + ".verb", ApiVerb.class));
            Optional<Long> latency = fields.required(m, path, "latencySeconds")
                    .flatMap(n -> Seconds.read(fields, n, path + ".latencySeconds"));
            Optional<OptionalInt> items = Fields.optional(m, "items").map(n -> {
                if (verb.isPresent() && verb.get() != ApiVerb.LIST) {
                    fields.problems().add(n, path + ".items", "items of a " + Fields.kebab(verb.get()),
                            "items only for a list");
                    return Optional.<OptionalInt>empty();
                }
                return fields.integer(n, path + ".items", 0, Integer.MAX_VALUE).map(v -> OptionalInt.of(v.intValue()));
            }).orElse(Optional.of(OptionalInt.empty()));
            if (start.isEmpty() || verb.isEmpty() || latency.isEmpty() || items.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new ApiCall(start.get(), verb.get(), latency.get(), items.get()));
        });
    }

    private static boolean problem(Fields fields, Node node, String path, String found, String allowed) {
        fields.problems().add(node, path, found, allowed);
        return false;
    }
}
