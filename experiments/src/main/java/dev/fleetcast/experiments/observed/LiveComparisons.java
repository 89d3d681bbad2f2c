package dev.fleetcast.experiments.observed;

import dev.fleetcast.experiments.run.ReplicationRunner;
import dev.fleetcast.formats.Sha256;
import dev.fleetcast.formats.comparison.ComparedFigure;
import dev.fleetcast.formats.comparison.LiveComparison;
import dev.fleetcast.formats.comparison.PredictionBand;
import dev.fleetcast.formats.comparison.Verdict;
import dev.fleetcast.formats.trace.TraceReader;
import dev.fleetcast.model.scenario.GatewaySpec;
import dev.fleetcast.model.scenario.PlatformScenario;
import dev.fleetcast.model.trace.Trace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

/**
 * Sets an observed run against a prediction of the same scenario, figure by figure: the observed
 * value, the predicted median and band over the replications ({@link Bands}), the observed value's
 * mid-rank percentile among them, inside or outside. Per-gateway counts are compared gateway by
 * gateway, matched by name. A figure the trace does not contain is {@link Verdict#NOT_OBSERVED},
 * never zero.
 */
public final class LiveComparisons {

    /** The label of a comparison with a live cluster. */
    public static final String LIVE = "live";

    private LiveComparisons() {
    }

    /**
     * The comparison of {@code trace} with {@code prediction}.
     *
     * @param source where the trace came from, as the file records it
     * @param scenario the scenario the prediction ran (its name, gateways and faults)
     * @param label what was observed: {@link #LIVE}, {@code "test stand-in"}
     */
    public static LiveComparison compare(Trace trace, LiveComparison.TraceSource source, PlatformScenario scenario,
            Prediction prediction, String label) {
        RunFigures observed = ObservedFigures.of(trace, scenario);
        List<String> notes = new ArrayList<>();
        if (!trace.scenario().isEmpty() && !trace.scenario().equals(scenario.name())) {
            notes.add("the trace says it played scenario \"" + trace.scenario() + "\", not \"" + scenario.name()
                    + "\": the comparison may set two different scenarios against each other");
        }
        List<ComparedFigure> figures = new ArrayList<>();
        for (RunFigures.Definition definition : RunFigures.DEFINITIONS) {
            figures.add(figure(definition.name(), definition.unit(), definition.description(),
                    observed.value(definition.name()), prediction.replications(), r -> r.value(definition.name())));
        }
        List<ComparedFigure> gateways = new ArrayList<>();
        if (observed.finalCounts().isEmpty()) {
            notes.add("the trace has no devices-per-gateway samples: final counts and imbalance not observed");
        }
        for (String gateway : gatewayNames(scenario, observed)) {
            OptionalDouble count = observed.finalCounts().map(c -> c.get(gateway)).map(OptionalDouble::of)
                    .orElse(OptionalDouble.empty());
            gateways.add(figure(gateway, "devices", "devices assigned to " + gateway + " at the last sample",
                    count, prediction.replications(), r -> r.finalCounts().map(c -> c.get(gateway))
                            .map(OptionalDouble::of).orElse(OptionalDouble.empty())));
        }
        int n = prediction.replications().size();
        notes.add(bandNote(n));
        if (prediction.failed() > 0) {
            notes.add(prediction.failed() + " replications of the prediction failed and are left out");
        }
        figures.stream().filter(f -> f.band().isPresent() && f.band().get().replications() < n)
                .forEach(f -> notes.add(f.name() + ": only " + f.band().get().replications() + " of the " + n
                        + " replications produced it; its band rests on those"));
        return new LiveComparison(scenario.name(), label, source, new LiveComparison.PredictionSource(
                prediction.description(), prediction.seed(), n, prediction.failed()), figures, gateways, notes);
    }

    /**
     * The reusable piece for {@code fleetcast live compare} and the demo: reads the trace at
     * {@code tracePath} (a {@code fleetcast-trace} file), runs {@code replications} replications
     * of {@code scenario} from {@code seed} on {@code runner}, and compares.
     *
     * @throws dev.fleetcast.formats.validation.InvalidFileException if the trace is missing or malformed
     */
    public static LiveComparison compare(Path tracePath, PlatformScenario scenario, long seed, int replications,
            ReplicationRunner runner, String label) {
        Trace trace = new TraceReader().read(tracePath);
        return compare(trace, source(tracePath, trace), scenario,
                Prediction.simulate(scenario, seed, replications, runner, ReplicationRunner.Progress.SILENT), label);
    }

    /** Where {@code trace}, read from {@code file}, came from: the file, its SHA-256, its scenario and source. */
    public static LiveComparison.TraceSource source(Path file, Trace trace) {
        String sha;
        try {
            sha = Sha256.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " again after reading it", e);
        }
        return new LiveComparison.TraceSource(file.toString(), sha, trace.scenario(), trace.source());
    }

    /** The explanation of the band for {@code n} replications, for the notes. */
    static String bandNote(int n) {
        PredictionBand band = Bands.of(new double[n]);
        String coverage = String.format(Locale.ROOT, "%.1f%%", 100 * band.coverage());
        if (band.extremes() && n < 39) {
            return "the bands rest on " + n + " replications — fewer than 40 — so their ends are the extreme order "
                    + "statistics (the smallest and largest replication), which hold a new run of the same "
                    + "distribution with probability (n − 1)/(n + 1) = " + coverage + ", not 95%";
        }
        String ends = band.extremes() ? "from the smallest to the largest value (the extreme order statistics)"
                : "from the " + ordinal(band.orderStatistic()) + " smallest to the " + ordinal(band.orderStatistic())
                        + " largest value";
        return "the bands rest on " + n + " replications: " + ends + ", which hold a new run of the same "
                + "distribution with probability " + coverage;
    }

    private static String ordinal(int k) {
        return k == 1 ? "1st" : k == 2 ? "2nd" : k == 3 ? "3rd" : k + "th";
    }

    private static ComparedFigure figure(String name, String unit, String description, OptionalDouble observed,
            List<RunFigures> replications, Function<RunFigures, OptionalDouble> value) {
        double[] predicted = replications.stream().map(value).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).toArray();
        Optional<PredictionBand> band = predicted.length == 0 ? Optional.empty() : Optional.of(Bands.of(predicted));
        OptionalDouble rank = observed.isPresent() && band.isPresent()
                ? OptionalDouble.of(Bands.percentileRank(predicted, observed.getAsDouble())) : OptionalDouble.empty();
        Verdict verdict = observed.isEmpty() ? Verdict.NOT_OBSERVED : band.isEmpty() ? Verdict.NOT_PREDICTED
                : band.get().contains(observed.getAsDouble()) ? Verdict.INSIDE : Verdict.OUTSIDE;
        List<Double> values = new ArrayList<>();
        for (double v : predicted) {
            values.add(v);
        }
        return new ComparedFigure(name, unit, description, observed, values, band, rank, verdict);
    }

    /** The scenario's gateways in its order, then any gateway only the trace's samples name. */
    private static Set<String> gatewayNames(PlatformScenario scenario, RunFigures observed) {
        Set<String> names = new LinkedHashSet<>();
        scenario.gateways().stream().map(GatewaySpec::name).forEach(names::add);
        observed.finalCounts().ifPresent(c -> names.addAll(c.keySet()));
        return names;
    }
}
