package dev.fleetcast.formats;

import dev.fleetcast.model.distribution.DurationDistribution;
import dev.fleetcast.model.distribution.EmpiricalDuration;
import dev.fleetcast.model.distribution.ExponentialDuration;
import dev.fleetcast.model.distribution.GammaDuration;
import dev.fleetcast.model.distribution.LogNormalDuration;
import dev.fleetcast.model.distribution.NormalDuration;
import dev.fleetcast.model.distribution.ShiftedDuration;
import dev.fleetcast.model.distribution.UniformDuration;
import dev.fleetcast.model.distribution.WeibullDuration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Distributions of durations as scenario and calibration files write them — the one place
 * that parses and prints this syntax (docs/formats.md, "Distributions"):
 *
 * <pre>
 *   30s                                    a constant
 *   uniform(20s, 40s)                      uniform between min and max
 *   exponential(mean=2s)
 *   normal(mean=112ms, sd=15ms)            truncated at zero
 *   lognormal(median=8s, sigma=0.4)        median = e^mu carries the unit
 *   gamma(shape=2.5, scale=4s)
 *   weibull(shape=1.5, scale=30s)
 *   empirical(21s, 24.5s, 33s)             resampling the observations
 * </pre>
 *
 * Exponential, lognormal, gamma and Weibull also take {@code shift=DURATION}, a floor added
 * to every draw. Parameters that are durations carry their unit; shapes are plain numbers.
 */
public final class DistributionSpecs {

    /** What {@link #parse} accepts, for error messages. */
    public static final String ALLOWED = "a duration, uniform(MIN, MAX), exponential(mean=D), normal(mean=D, sd=D), "
            + "lognormal(median=D, sigma=X), gamma(shape=X, scale=D), weibull(shape=X, scale=D) "
            + "(the last four also shift=D), or empirical(D, D, ...)";

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
        String inside = spec.substring(open + 1, spec.length() - 1);
        List<String> arguments = new ArrayList<>();
        for (String argument : inside.split(",", -1)) {
            arguments.add(argument.strip());
        }
        return switch (name) {
            case "uniform" -> uniform(arguments);
            case "empirical" -> empirical(arguments);
            case "exponential" -> {
                Map<String, String> named = named(name, arguments, Set.of("mean"), Set.of("shift"));
                yield shifted(named, new ExponentialDuration(duration(named, "mean")));
            }
            case "normal" -> {
                Map<String, String> named = named(name, arguments, Set.of("mean", "sd"), Set.of());
                yield new NormalDuration(duration(named, "mean"), duration(named, "sd"));
            }
            case "lognormal" -> {
                Map<String, String> named = named(name, arguments, Set.of("median", "sigma"), Set.of("shift"));
                yield shifted(named, new LogNormalDuration(duration(named, "median"), number(named, "sigma")));
            }
            case "gamma" -> {
                Map<String, String> named = named(name, arguments, Set.of("shape", "scale"), Set.of("shift"));
                yield shifted(named, new GammaDuration(number(named, "shape"), duration(named, "scale")));
            }
            case "weibull" -> {
                Map<String, String> named = named(name, arguments, Set.of("shape", "scale"), Set.of("shift"));
                yield shifted(named, new WeibullDuration(number(named, "shape"), duration(named, "scale")));
            }
            default -> throw new IllegalArgumentException("unknown distribution \"" + name + "\"; allowed: " + ALLOWED);
        };
    }

    /** The spec of {@code distribution}, such that {@code parse(describe(d))} equals {@code d}. */
    public static String describe(DurationDistribution distribution) {
        if (distribution instanceof UniformDuration uniform) {
            return uniform.minNanos() == uniform.maxNanos() ? Durations.format(uniform.minNanos())
                    : "uniform(" + Durations.format(uniform.minNanos()) + ", " + Durations.format(uniform.maxNanos()) + ")";
        }
        if (distribution instanceof EmpiricalDuration empirical) {
            StringJoiner observations = new StringJoiner(", ", "empirical(", ")");
            for (long observation : empirical.observationsNanos()) {
                observations.add(Durations.format(observation));
            }
            return observations.toString();
        }
        if (distribution instanceof NormalDuration normal) {
            return "normal(mean=" + Durations.format(normal.locationNanos()) + ", sd=" + Durations.format(normal.sdNanos())
                    + ")";
        }
        long shift = 0;
        DurationDistribution base = distribution;
        if (distribution instanceof ShiftedDuration shifted) {
            shift = shifted.shiftNanos();
            base = shifted.base();
        }
        String parameters;
        if (base instanceof ExponentialDuration exponential) {
            parameters = "exponential(mean=" + Durations.format(exponential.averageNanos());
        } else if (base instanceof LogNormalDuration lognormal) {
            parameters = "lognormal(median=" + Durations.format(lognormal.medianNanos()) + ", sigma=" + number(lognormal.sigma());
        } else if (base instanceof GammaDuration gamma) {
            parameters = "gamma(shape=" + number(gamma.shape()) + ", scale=" + Durations.format(gamma.scaleNanos());
        } else if (base instanceof WeibullDuration weibull) {
            parameters = "weibull(shape=" + number(weibull.shape()) + ", scale=" + Durations.format(weibull.scaleNanos());
        } else {
            throw new IllegalArgumentException("no file syntax for " + distribution);
        }
        return parameters + (distribution instanceof ShiftedDuration ? ", shift=" + Durations.format(shift) : "") + ")";
    }

    private static DurationDistribution uniform(List<String> arguments) {
        if (arguments.size() != 2) {
            throw new IllegalArgumentException("uniform takes two durations, min and max, got " + arguments.size());
        }
        long min = Durations.parse(arguments.get(0));
        long max = Durations.parse(arguments.get(1));
        if (max < min) {
            throw new IllegalArgumentException("uniform's max is below its min");
        }
        return new UniformDuration(min, max);
    }

    private static DurationDistribution empirical(List<String> arguments) {
        if (arguments.size() == 1 && arguments.get(0).isEmpty()) {
            throw new IllegalArgumentException("empirical needs at least one observed duration");
        }
        long[] observations = new long[arguments.size()];
        for (int i = 0; i < observations.length; i++) {
            try {
                observations[i] = Durations.parse(arguments.get(i));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("empirical observation " + (i + 1) + " \"" + arguments.get(i)
                        + "\": " + e.getMessage());
            }
        }
        return new EmpiricalDuration(observations);
    }

    /** Arguments written {@code key=value}, each required key present, no key unknown or repeated. */
    private static Map<String, String> named(String distribution, List<String> arguments, Set<String> required,
            Set<String> optional) {
        Map<String, String> named = new LinkedHashMap<>();
        String expected = describeKeys(distribution, required, optional);
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException(distribution + " takes named parameters, found \"" + argument
                        + "\"; write " + expected);
            }
            String key = argument.substring(0, equals).strip();
            if (!required.contains(key) && !optional.contains(key)) {
                throw new IllegalArgumentException(distribution + " has no parameter \"" + key + "\"; write " + expected);
            }
            if (named.put(key, argument.substring(equals + 1).strip()) != null) {
                throw new IllegalArgumentException(distribution + " names \"" + key + "\" twice");
            }
        }
        for (String key : required) {
            if (!named.containsKey(key)) {
                throw new IllegalArgumentException(distribution + " needs \"" + key + "\"; write " + expected);
            }
        }
        named.put("", distribution);
        return named;
    }

    private static String describeKeys(String distribution, Set<String> required, Set<String> optional) {
        StringJoiner keys = new StringJoiner(", ", distribution + "(", ")");
        required.stream().sorted().forEach(key -> keys.add(key + "=…"));
        optional.stream().sorted().forEach(key -> keys.add("[" + key + "=…]"));
        return keys.toString();
    }

    private static long duration(Map<String, String> named, String key) {
        try {
            return Durations.parse(named.get(key));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(named.get("") + " " + key + ": " + e.getMessage());
        }
    }

    private static double number(Map<String, String> named, String key) {
        String text = named.get(key);
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(named.get("") + " " + key + ": \"" + text
                    + "\" is not a number (a plain number without a unit)");
        }
    }

    private static DurationDistribution shifted(Map<String, String> named, DurationDistribution base) {
        return named.containsKey("shift") ? new ShiftedDuration(duration(named, "shift"), base) : base;
    }

    /** Shortest text that reads back as the same double; whole numbers without ".0". */
    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
