package dev.fleetcast.reports.document;

import dev.fleetcast.model.result.MetricEstimate;
import java.util.Locale;

/** Numbers for tables: as many digits as the value's size warrants, an interval to the same digits. */
final class Numbers {

    private Numbers() {
    }

    /**
     * {@code 39.7 ± 0.49} (the half-width to two significant digits), or the mean alone when there
     * is no interval, or a dash when there is no value.
     */
    static String estimate(MetricEstimate estimate) {
        if (estimate.n() == 0 || Double.isNaN(estimate.mean())) {
            return "–";
        }
        int decimals = decimals(estimate.mean());
        String mean = fixed(estimate.mean(), decimals);
        if (Double.isNaN(estimate.halfWidth())) {
            return mean;
        }
        return mean + " ± " + fixed(estimate.halfWidth(), Math.max(decimals, twoSignificant(estimate.halfWidth())));
    }

    /** Decimals that show a half-width to two significant digits (0.488 → 2, 0.000644 → 5, 65.8 → 0). */
    static int twoSignificant(double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            return 0;
        }
        return Math.max(0, 1 - (int) Math.floor(Math.log10(value)));
    }

    /** {@code value} with the digits {@link #decimals} gives it. */
    static String plain(double value) {
        return Double.isNaN(value) ? "–" : fixed(value, decimals(value));
    }

    /** 0 from 100 on, 1 from 10, 2 from 1, 3 below (a zero is 0). */
    static int decimals(double value) {
        double size = Math.abs(value);
        if (size == 0 || size >= 100 || value == Math.rint(value) && size >= 1) {
            return 0;
        }
        if (size >= 10) {
            return 1;
        }
        return size >= 1 ? 2 : 3;
    }

    static String fixed(double value, int decimals) {
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return text.equals("-0") || text.matches("-0\\.0*") ? text.substring(1) : text;
    }
}
