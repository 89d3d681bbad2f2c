package dev.fleetcast.formats;

import dev.fleetcast.model.distribution.DurationDistribution;
import dev.fleetcast.model.distribution.UniformDuration;

/**
 * Distributions of durations as scenario and calibration files write them: a constant
 * duration ({@code "30s"}) or {@code "uniform(20s, 40s)"}. The one place that parses and
 * prints this syntax.
 */
public final class DistributionSpecs {

    private DistributionSpecs() {
    }

    /**
     * Parses a distribution spec.
     *
     * @throws IllegalArgumentException naming what was wrong and what is allowed
     */
    public static DurationDistribution parse(String text) {
        String spec = text.strip();
        int open = spec.indexOf('(');
        if (open < 0) {
            long constant = Durations.parse(spec);
            return new UniformDuration(constant, constant);
        }
        String name = spec.substring(0, open).strip();
        if (!spec.endsWith(")")) {
            throw new IllegalArgumentException("\"" + spec + "\" lacks its closing parenthesis");
        }
        String[] arguments = spec.substring(open + 1, spec.length() - 1).split(",", -1);
        if (name.equals("uniform")) {
            if (arguments.length != 2) {
                throw new IllegalArgumentException("uniform takes two durations, min and max, got " + arguments.length);
            }
            long min = Durations.parse(arguments[0]);
            long max = Durations.parse(arguments[1]);
            if (max < min) {
                throw new IllegalArgumentException("uniform's max is below its min");
            }
            return new UniformDuration(min, max);
        }
        throw new IllegalArgumentException("unknown distribution \"" + name + "\"; allowed: a duration, uniform(min, max)");
    }

    /** The spec of {@code distribution}, such that {@code parse(describe(d))} equals {@code d}. */
    public static String describe(DurationDistribution distribution) {
        if (distribution instanceof UniformDuration uniform) {
            return uniform.minNanos() == uniform.maxNanos() ? Durations.format(uniform.minNanos())
                    : "uniform(" + Durations.format(uniform.minNanos()) + ", " + Durations.format(uniform.maxNanos()) + ")";
        }
        throw new IllegalArgumentException("no file syntax for " + distribution.getClass().getName());
    }
}
