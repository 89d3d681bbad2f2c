package dev.fleetcast.calibration.fit;

import java.util.Objects;

/**
 * One fitted parameter, named as distribution specs name it ({@code mean}, {@code sd},
 * {@code median}, {@code sigma}, {@code shape}, {@code scale}, {@code shift}).
 *
 * @param value the parameter of the distribution as written (durations rounded to whole
 *     nanoseconds, as model's records hold them), in {@code unit}
 */
public record Parameter(String name, ParameterUnit unit, double value) {

    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("parameter " + name + " must be finite, was " + value);
        }
    }

    @Override
    public String toString() {
        return name + "=" + value + unit.symbol();
    }
}
