package dev.fleetcast.formats.scenario;

import dev.fleetcast.formats.DistributionSpecs;
import dev.fleetcast.formats.validation.Fields;
import dev.fleetcast.formats.yaml.Node;
import dev.fleetcast.model.distribution.DurationDistribution;
import dev.fleetcast.model.load.LoadProfile;
import dev.fleetcast.model.scenario.MessageLoad;
import java.util.Optional;
import java.util.Set;

/**
 * The scenario's {@code load} section: a load profile, a service time and workers per
 * gateway replica (docs/scenarios.md, "load"). Problems are recorded, never thrown.
 */
final class LoadReader {

    private static final Set<String> LOAD = Set.of("profile", "serviceTime", "workers", "warmUp");

    private LoadReader() {
    }

    static Optional<MessageLoad> load(Fields fields, Node node) {
        return fields.mapping(node, "load").flatMap(m -> {
            fields.onlyKnownKeys(m, "load", LOAD);
            Optional<LoadProfile> profile = fields.required(m, "load", "profile").flatMap(n -> profile(fields, n));
            Optional<DurationDistribution> service = fields.required(m, "load", "serviceTime")
                    .flatMap(n -> fields.parsed(n, "load.serviceTime", DistributionSpecs::parse, DistributionSpecs.ALLOWED));
            Optional<Long> workers = Fields.optional(m, "workers").map(n -> fields.integer(n, "load.workers", 1, 10_000))
                    .orElse(Optional.of(1L));
            Optional<Long> warmUp = Fields.optional(m, "warmUp").map(n -> ScenarioReader.duration(fields, n, "load.warmUp"))
                    .orElse(Optional.of(0L));
            if (profile.isEmpty() || service.isEmpty() || workers.isEmpty() || warmUp.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new MessageLoad(profile.get(), service.get(), workers.get().intValue(), warmUp.get()));
        });
    }

    private static Optional<LoadProfile> profile(Fields fields, Node node) {
        String path = "load.profile";
        return fields.mapping(node, path).flatMap(m -> {
            Optional<String> kind = fields.required(m, path, "kind").flatMap(k -> fields.string(k, path + ".kind"));
            if (kind.isEmpty()) {
                return Optional.empty();
            }
            Reads r = new Reads(fields, m, path);
            try {
                switch (kind.get()) {
                    case "steady": {
                        fields.onlyKnownKeys(m, path, Set.of("kind", "rate"));
                        Optional<Double> rate = r.rate("rate");
                        return rate.map(LoadProfile.Steady::new);
                    }
                    case "step": {
                        fields.onlyKnownKeys(m, path, Set.of("kind", "before", "after", "at"));
                        Optional<Double> before = r.rate("before");
                        Optional<Double> after = r.rate("after");
                        Optional<Long> at = r.time("at");
                        return before.isEmpty() || after.isEmpty() || at.isEmpty() ? Optional.empty()
                                : Optional.of(new LoadProfile.Step(before.get(), after.get(), at.get()));
                    }
                    case "ramp": {
                        fields.onlyKnownKeys(m, path, Set.of("kind", "from", "to", "start", "end"));
                        Optional<Double> from = r.rate("from");
                        Optional<Double> to = r.rate("to");
                        Optional<Long> start = r.time("start");
                        Optional<Long> end = r.time("end");
                        return from.isEmpty() || to.isEmpty() || start.isEmpty() || end.isEmpty() ? Optional.empty()
                                : Optional.of(new LoadProfile.Ramp(from.get(), to.get(), start.get(), end.get()));
                    }
                    case "diurnal": {
                        fields.onlyKnownKeys(m, path, Set.of("kind", "mean", "amplitude", "period", "peak"));
                        Optional<Double> mean = r.rate("mean");
                        Optional<Double> amplitude = r.rate("amplitude");
                        Optional<Long> period = Fields.optional(m, "period")
                                .map(n -> ScenarioReader.duration(fields, n, path + ".period"))
                                .orElse(Optional.of(24 * 3_600_000_000_000L));
                        Optional<Long> peak = r.time("peak");
                        return mean.isEmpty() || amplitude.isEmpty() || period.isEmpty() || peak.isEmpty()
                                ? Optional.empty()
                                : Optional.of(new LoadProfile.Diurnal(mean.get(), amplitude.get(), period.get(), peak.get()));
                    }
                    case "spike": {
                        fields.onlyKnownKeys(m, path, Set.of("kind", "base", "peak", "at", "duration"));
                        Optional<Double> base = r.rate("base");
                        Optional<Double> peak = r.rate("peak");
                        Optional<Long> at = r.time("at");
                        Optional<Long> duration = r.time("duration");
                        return base.isEmpty() || peak.isEmpty() || at.isEmpty() || duration.isEmpty() ? Optional.empty()
                                : Optional.of(new LoadProfile.Spike(base.get(), peak.get(), at.get(), duration.get()));
                    }
                    default:
                        fields.problems().add(m.entries().get("kind"), path + ".kind", "\"" + kind.get() + "\"",
                                "one of steady, step, ramp, diurnal, spike");
                        return Optional.empty();
                }
            } catch (IllegalArgumentException e) {
                // values that are each fine but do not fit together (a ramp that ends before it starts)
                fields.problems().add(m, path, "values that do not fit together (" + e.getMessage() + ")",
                        "a consistent " + kind.get() + " profile");
                return Optional.empty();
            }
        });
    }

    /** Required rates and times of one profile mapping. */
    private record Reads(Fields fields, Node.Mapping mapping, String path) {
        Optional<Double> rate(String key) {
            return fields.required(mapping, path, key).flatMap(n -> fields.nonNegativeNumber(n, path + "." + key));
        }

        Optional<Long> time(String key) {
            return fields.required(mapping, path, key).flatMap(n -> ScenarioReader.duration(fields, n, path + "." + key));
        }
    }
}
