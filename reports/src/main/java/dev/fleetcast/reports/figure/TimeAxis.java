package dev.fleetcast.reports.figure;

import org.knowm.xchart.style.AxesChartStyler;

/**
 * A time axis from zero to a round end past the last time: seconds, or minutes from a span of
 * two hours on, so that a day-long run does not read 86400.
 *
 * @param secondsPerUnit 1 or 60
 * @param unit {@code s} or {@code min}
 * @param end the axis's end, in the unit
 */
record TimeAxis(double secondsPerUnit, String unit, double end) {

    static TimeAxis spanning(double maxSeconds) {
        double perUnit = maxSeconds >= 7200 ? 60 : 1;
        return new TimeAxis(perUnit, perUnit == 60 ? "min" : "s", Charts.roundUp(maxSeconds / perUnit));
    }

    /** {@code Time (s)}. */
    String title() {
        return "Time (" + unit + ")";
    }

    double of(double seconds) {
        return seconds / secondsPerUnit;
    }

    double[] of(double[] seconds) {
        double[] values = new double[seconds.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = seconds[i] / secondsPerUnit;
        }
        return values;
    }

    /** Sets the chart's x axis from zero to {@link #end}. */
    void apply(AxesChartStyler styler) {
        styler.setXAxisMin(0.0);
        styler.setXAxisMax(end);
    }
}
