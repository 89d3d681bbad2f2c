package dev.fleetcast.reports.figure;

import dev.fleetcast.formats.DistributionSpecs;
import dev.fleetcast.formats.calibration.CalibratedQuantity;
import dev.fleetcast.formats.calibration.CalibrationDetails;
import dev.fleetcast.model.distribution.DurationDistribution;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * How well each calibrated quantity's law fits its samples, two figures a quantity: the
 * samples' empirical distribution function against the chosen law's (for an empirical choice,
 * the samples alone: the law is the data), and a QQ plot — each sample against the law's
 * quantile at its plotting position (i − ½)/n — for a parametric choice. Durations in seconds,
 * or milliseconds when the median sample is below one second. Needs: a quantity with two
 * distinct samples or more (calibrate writes them; a hand-written file has none).
 */
final class CalibrationFigures {

    private static final int CURVE_POINTS = 200;

    private CalibrationFigures() {
    }

    static List<Figure> of(CalibrationDetails calibration) {
        List<Figure> figures = new ArrayList<>();
        for (CalibratedQuantity quantity : calibration.quantities()) {
            long[] samples = quantity.samplesNanos();
            Arrays.sort(samples);
            if (samples.length < 2 || samples[0] == samples[samples.length - 1]) {
                continue;
            }
            String file = Figure.slug(fileStem(calibration.file()));
            String stem = (file.startsWith("calibration") ? file : "calibration-" + file) + "-"
                    + Figure.slug(quantity.name());
            figures.add(cdf(calibration, quantity, samples, stem));
            qq(quantity, samples, stem).ifPresent(figures::add);
        }
        return figures;
    }

    private static Figure cdf(CalibrationDetails calibration, CalibratedQuantity quantity, long[] samples, String stem) {
        Unit unit = Unit.of(samples);
        XYChart chart = Charts.xy(Charts.STANDARD, quantity.name() + " (" + unit.name + ")", "Cumulative fraction");
        int n = samples.length;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = samples[i] / unit.nanos;
            y[i] = (i + 1.0) / n;
        }
        double low = x[0];
        double high = x[n - 1];
        double margin = (high - low) * 0.08;
        List<double[]> points = Histograms.staircase(x, y, Math.max(0, low - margin));
        points.add(new double[] {high + margin, 1});
        Charts.line(chart.addSeries(n + " samples", Histograms.column(points, 0), Histograms.column(points, 1)),
                Color.BLACK, 0);
        boolean parametric = quantity.fit().isPresent();
        if (parametric) {
            DurationDistribution law = quantity.distribution();
            double[] cx = new double[CURVE_POINTS + 1];
            double[] cy = new double[CURVE_POINTS + 1];
            double from = Math.max(0, low - margin);
            double to = high + margin;
            for (int i = 0; i <= CURVE_POINTS; i++) {
                cx[i] = from + (to - from) * i / CURVE_POINTS;
                cy[i] = law.cdf(cx[i] * unit.nanos);
            }
            Charts.line(chart.addSeries("fitted " + quantity.fit().get().family(), cx, cy), Palette.OKABE_ITO.get(0), 1)
                    .setLineWidth(1.5f);
        }
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        Charts.legend(chart.getStyler(), new ArrayList<>(chart.getSeriesMap().keySet()), chart.getWidth());
        String fit = quantity.fit().map(f -> String.format(Locale.ROOT, "; Kolmogorov-Smirnov D = %.3f%s", f.ks(),
                Double.isNaN(f.ksPValue()) ? "" : String.format(Locale.ROOT, ", bootstrap p = %.3f", f.ksPValue())))
                .orElse("");
        String what = parametric ? "against the fitted law " + DistributionSpecs.describe(quantity.distribution())
                + " (blue, dashed)" + fit
                : "taken as they are: the empirical distribution was chosen (" + String.join(" ", quantity.warnings())
                        .replaceAll("\\s+", " ") + ")";
        return new Figure(stem + "-cdf", "Calibration " + fileName(calibration.file()) + ", " + quantity.name() + ": "
                + "distribution function of the " + n + " samples (black steps) " + what + ".", chart);
    }

    private static Optional<Figure> qq(CalibratedQuantity quantity, long[] samples, String stem) {
        if (quantity.fit().isEmpty()) {
            return Optional.empty();
        }
        Unit unit = Unit.of(samples);
        int n = samples.length;
        double[] theoretical = new double[n];
        double[] observed = new double[n];
        for (int i = 0; i < n; i++) {
            theoretical[i] = Quantiles.nanos(quantity.distribution(), (i + 0.5) / n) / unit.nanos;
            observed[i] = samples[i] / unit.nanos;
        }
        XYChart chart = Charts.xy(Charts.SQUARE, "Fitted quantile (" + unit.name + ")",
                "Sample (" + unit.name + ")");
        double low = Math.min(theoretical[0], observed[0]);
        double high = Math.max(theoretical[n - 1], observed[n - 1]);
        Charts.line(chart.addSeries("y = x", new double[] {low, high}, new double[] {low, high}), Color.GRAY, 1);
        XYSeries points = chart.addSeries("samples", theoretical, observed);
        points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        points.setMarker(SeriesMarkers.CIRCLE);
        points.setMarkerColor(Palette.OKABE_ITO.get(0));
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setMarkerSize(4);
        return Optional.of(new Figure(stem + "-qq", "QQ plot of " + quantity.name() + ": each of the " + n
                + " samples against the quantile of " + DistributionSpecs.describe(quantity.distribution())
                + " at its plotting position (i - 1/2)/n; on the grey line y = x the law and the data agree.", chart));
    }

    /** Seconds, or milliseconds when the median sample is below a second. */
    private record Unit(String name, double nanos) {
        static Unit of(long[] sorted) {
            return sorted[sorted.length / 2] < 1_000_000_000L ? new Unit("ms", 1e6) : new Unit("s", 1e9);
        }
    }

    private static String fileName(String file) {
        Path name = Path.of(file).getFileName();
        return name == null ? file : name.toString();
    }

    private static String fileStem(String file) {
        String name = fileName(file);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
