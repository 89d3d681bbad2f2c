package dev.fleetcast.calibration.fit;

import java.util.function.ToDoubleFunction;

/** An information criterion that ranks fits: smaller is better. */
public enum Criterion {
    /** Akaike: 2k − 2 ln L. */
    AIC(ParametricFit::aic),
    /** Bayes (Schwarz): k ln n − 2 ln L; penalises extra parameters more once n ≥ 8. */
    BIC(ParametricFit::bic);

    private final ToDoubleFunction<ParametricFit> value;

    Criterion(ToDoubleFunction<ParametricFit> value) {
        this.value = value;
    }

    /** The criterion's value for {@code fit}. */
    public double of(ParametricFit fit) {
        return value.applyAsDouble(fit);
    }
}
