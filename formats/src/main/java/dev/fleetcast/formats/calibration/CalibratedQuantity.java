package dev.fleetcast.formats.calibration;

import dev.fleetcast.model.distribution.DurationDistribution;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One quantity of a calibration file as {@code fleetcast calibrate} writes it: the chosen
 * distribution, how it was chosen and from what.
 *
 * @param name the quantity ({@link CalibrationReader#QUANTITIES})
 * @param distribution the distribution the simulator draws from
 * @param fit the chosen fit's statistics, or empty when the empirical distribution was chosen
 * @param alternatives the other candidates, best first, each a spec and its criterion value
 * @param warnings what the fit warned of, in words
 * @param draws bootstrap draws of the chosen law, for carrying calibration uncertainty into runs
 * @param sources the files the samples came from
 * @param samplesNanos the samples, ascending, for the figures (data against fitted CDF, QQ)
 */
public record CalibratedQuantity(String name, DurationDistribution distribution, Optional<FitStatistics> fit,
        List<Alternative> alternatives, List<String> warnings, List<DurationDistribution> draws,
        List<SourceReference> sources, long[] samplesNanos) {

    /** The chosen fit's statistics. */
    public record FitStatistics(String family, boolean shifted, double logLikelihood, double aic, double bic,
            double ks, double ad, int bootstrapReplicates, double ksPValue, double adPValue) {
    }

    /** A candidate that was not chosen: its spec and its criterion value (AIC or BIC, as chosen by). */
    public record Alternative(String spec, String criterion, double value) {
    }

    /** A file samples came from: its name as given, its SHA-256 and how many samples it gave. */
    public record SourceReference(String file, String sha256, int samples) {
    }

    public CalibratedQuantity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(fit, "fit");
        alternatives = List.copyOf(alternatives);
        warnings = List.copyOf(warnings);
        draws = List.copyOf(draws);
        sources = List.copyOf(sources);
        samplesNanos = samplesNanos.clone();
    }

    @Override
    public long[] samplesNanos() {
        return samplesNanos.clone();
    }
}
