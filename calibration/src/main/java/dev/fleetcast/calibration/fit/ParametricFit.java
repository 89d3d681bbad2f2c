package dev.fleetcast.calibration.fit;

import dev.fleetcast.model.distribution.DurationDistribution;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One candidate: a family, shifted or not, fitted by maximum likelihood to a sample.
 *
 * <p>Every statistic here is of {@code distribution} — the fit as model's record holds it,
 * durations rounded to whole nanoseconds — so the figures describe exactly the law a
 * calibration file writes and the simulator draws from.
 *
 * @param parameters named, with units, in the order of {@link FittedParameters#of}
 * @param distribution the fit as model's record, nanoseconds; {@code DistributionSpecs.describe}
 *     writes it
 * @param logLikelihood ln L of the sample, densities per second
 * @param aic 2k − 2 ln L, k counting the shift
 * @param bic k ln n − 2 ln L
 * @param ks the Kolmogorov–Smirnov statistic sup |F_n − F|
 * @param ad the Anderson–Darling statistic A²
 * @param bootstrap p-values, intervals and draws; empty when the bootstrap was off or
 *     limited to the chosen fit
 */
public record ParametricFit(Family family, boolean shifted, List<Parameter> parameters,
        DurationDistribution distribution, double logLikelihood, double aic, double bic, double ks, double ad,
        Optional<BootstrapSummary> bootstrap) {

    public ParametricFit {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(bootstrap, "bootstrap");
        parameters = List.copyOf(parameters);
        if (shifted && !family.shiftable()) {
            throw new IllegalArgumentException(family.specName() + " is not fitted with a shift");
        }
        if (!Double.isFinite(logLikelihood) || !Double.isFinite(aic) || !Double.isFinite(bic)) {
            throw new IllegalArgumentException(family.specName() + ": log-likelihood, AIC and BIC must be finite, were "
                    + logLikelihood + ", " + aic + ", " + bic);
        }
        if (!(ks >= 0 && ks <= 1) || !(ad >= 0)) {
            throw new IllegalArgumentException(family.specName() + ": KS must be in [0, 1] and AD 0 or more, were " + ks
                    + " and " + ad);
        }
    }

    /** Number of fitted parameters, the shift included: the k of AIC and BIC. */
    public int parameterCount() {
        return parameters.size();
    }

    /** For people: {@code "lognormal"} or {@code "shifted lognormal"}. */
    public String label() {
        return label(family, shifted);
    }

    /** The parameter called {@code name}. */
    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** This fit with its bootstrap results attached. */
    ParametricFit withBootstrap(BootstrapSummary summary) {
        return new ParametricFit(family, shifted, parameters, distribution, logLikelihood, aic, bic, ks, ad,
                Optional.of(summary));
    }

    static String label(Family family, boolean shifted) {
        return shifted ? "shifted " + family.specName() : family.specName();
    }
}
