package dev.fleetcast.calibration;

import dev.fleetcast.calibration.fit.DurationFitter;
import dev.fleetcast.calibration.fit.FitOptions;
import dev.fleetcast.calibration.fit.FitReport;
import dev.fleetcast.calibration.fit.FitWarning;
import dev.fleetcast.calibration.fit.NoParametricFitException;
import dev.fleetcast.calibration.fit.ParametricFit;
import dev.fleetcast.formats.DistributionSpecs;
import dev.fleetcast.formats.calibration.CalibratedQuantity;
import dev.fleetcast.formats.calibration.CalibrationReader;
import dev.fleetcast.model.distribution.UniformDuration;
import dev.fleetcast.model.observed.ObservedQuantities;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Pools what several files observed and fits every quantity the simulator uses.
 *
 * <p>Samples of a quantity from several files are pooled, each file named as a source with
 * its hash and count. A LIST's latency grows with the devices it lists: when the {@code apiList}
 * samples carry the number of devices and at least two different numbers occur, a least-squares
 * line separates the per-device part ({@code listPerDevice}, a constant: the slope, never below
 * 0) from the fixed part ({@code apiList}: each sample less slope × its devices, fitted as a
 * distribution). Quantities the simulator does not use are reported, not fitted.
 */
public final class Calibrator {

    /** The outcome: the quantities to write, and what a person should know. */
    public record Result(List<CalibratedQuantity> quantities, List<String> notes) {
        public Result {
            quantities = List.copyOf(quantities);
            notes = List.copyOf(notes);
        }
    }

    private final FitOptions options;

    public Calibrator(FitOptions options) {
        this.options = options;
    }

    /**
     * Fits every quantity observed in {@code observations}.
     *
     * @throws QuantityNotFittedException if a quantity has too few samples to fit and the options
     *     do not allow the empirical fallback (its message names the quantity)
     */
    public Result calibrate(List<ObservedQuantities> observations) {
        Map<String, Pool> pools = new TreeMap<>();
        List<String> notes = new ArrayList<>();
        for (ObservedQuantities observed : observations) {
            observed.notes().forEach(n -> notes.add(observed.source().path() + ": " + n));
            for (String quantity : observed.quantities()) {
                if (!CalibrationReader.QUANTITIES.contains(quantity)) {
                    notes.add(observed.source().path() + ": " + quantity + " observed (" + observed.samples(quantity).length
                            + " samples) but not used by the simulator: not fitted");
                    continue;
                }
                pools.computeIfAbsent(quantity, q -> new Pool()).add(observed, quantity);
            }
        }
        List<CalibratedQuantity> quantities = new ArrayList<>();
        for (Map.Entry<String, Pool> entry : pools.entrySet()) {
            String quantity = entry.getKey();
            Pool pool = entry.getValue();
            long[] samples = pool.samples();
            if (quantity.equals("apiList") && pool.hasSizes() && pool.distinctSizes() >= 2) {
                SimpleRegression line = new SimpleRegression();
                for (int i = 0; i < samples.length; i++) {
                    line.addData(pool.sizes()[i], samples[i]);
                }
                long perDevice = Math.max(0, Math.round(line.getSlope()));
                long[] fixed = new long[samples.length];
                for (int i = 0; i < samples.length; i++) {
                    fixed[i] = Math.max(0, samples[i] - perDevice * pool.sizes()[i]);
                }
                notes.add(String.format(Locale.ROOT, "apiList: least-squares line over %d samples at %d "
                        + "device counts: %.3f ms + %.3f ms per device; listPerDevice is the slope, apiList the rest",
                        samples.length, pool.distinctSizes(), line.getIntercept() / 1e6, line.getSlope() / 1e6));
                quantities.add(new CalibratedQuantity("listPerDevice", new UniformDuration(perDevice, perDevice),
                        Optional.empty(), List.of(), List.of(), List.of(), pool.references(), new long[0]));
                quantities.add(fit(quantity, fixed, pool));
            } else {
                quantities.add(fit(quantity, samples, pool));
            }
        }
        return new Result(quantities, notes);
    }

    private CalibratedQuantity fit(String quantity, long[] samplesNanos, Pool pool) {
        double[] seconds = Arrays.stream(samplesNanos).mapToDouble(n -> n / 1e9).toArray();
        FitReport report;
        try {
            report = new DurationFitter(options).fit(seconds);
        } catch (NoParametricFitException e) {
            throw new QuantityNotFittedException(quantity, e.getMessage());
        }
        Optional<CalibratedQuantity.FitStatistics> statistics = report.chosenFit().map(Calibrator::statistics);
        List<CalibratedQuantity.Alternative> alternatives = new ArrayList<>();
        for (ParametricFit candidate : report.candidates()) {
            if (report.chosenFit().filter(candidate::equals).isEmpty()) {
                alternatives.add(new CalibratedQuantity.Alternative(
                        DistributionSpecs.describe(candidate.distribution()),
                        report.criterion().name().toLowerCase(Locale.ROOT),
                        report.criterion().name().equals("BIC") ? candidate.bic() : candidate.aic()));
            }
        }
        long[] sorted = samplesNanos.clone();
        Arrays.sort(sorted);
        return new CalibratedQuantity(quantity, report.chosen(), statistics, alternatives,
                report.warnings().stream().map(FitWarning::message).toList(),
                report.chosenFit().flatMap(ParametricFit::bootstrap).map(b -> b.draws()).orElse(List.of()),
                pool.references(), sorted);
    }

    private static CalibratedQuantity.FitStatistics statistics(ParametricFit fit) {
        return new CalibratedQuantity.FitStatistics(fit.family().name().toLowerCase(Locale.ROOT),
                fit.shifted(), fit.logLikelihood(), fit.aic(), fit.bic(), fit.ks(), fit.ad(),
                fit.bootstrap().map(b -> b.replicates()).orElse(0),
                fit.bootstrap().map(b -> b.ksPValue()).orElse(Double.NaN),
                fit.bootstrap().map(b -> b.adPValue()).orElse(Double.NaN));
    }

    /** One quantity's samples pooled over files, with their sizes where every file gave them. */
    private static final class Pool {
        private final List<long[]> parts = new ArrayList<>();
        private final List<int[]> sizeParts = new ArrayList<>();
        private final List<CalibratedQuantity.SourceReference> references = new ArrayList<>();
        private boolean allSized = true;

        void add(ObservedQuantities observed, String quantity) {
            long[] samples = observed.samples(quantity);
            parts.add(samples);
            Optional<int[]> sizes = observed.sizes(quantity);
            allSized &= sizes.isPresent();
            sizes.ifPresent(sizeParts::add);
            references.add(new CalibratedQuantity.SourceReference(observed.source().path(), observed.source().sha256(),
                    samples.length));
        }

        long[] samples() {
            return parts.stream().flatMapToLong(Arrays::stream).toArray();
        }

        boolean hasSizes() {
            return allSized && !sizeParts.isEmpty();
        }

        int[] sizes() {
            return sizeParts.stream().flatMapToInt(Arrays::stream).toArray();
        }

        long distinctSizes() {
            return Arrays.stream(sizes()).distinct().count();
        }

        List<CalibratedQuantity.SourceReference> references() {
            return List.copyOf(references);
        }
    }
}
