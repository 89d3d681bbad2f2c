package dev.fleetcast.reports.figure;

import dev.fleetcast.formats.comparison.ComparedFigure;
import dev.fleetcast.formats.comparison.ComparisonMarkdown;
import dev.fleetcast.formats.comparison.LiveComparison;
import dev.fleetcast.formats.comparison.PredictionBand;
import dev.fleetcast.formats.comparison.Verdict;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Predicted against observed, from a {@code live-comparison.json}:
 *
 * <ul>
 *   <li>for each scalar figure with a prediction, the replications' distribution as an empirical
 *       distribution function (a staircase rising 1/n at each replication's value), the band
 *       shaded behind it, and the observed value as a vertical vermillion line — absent, and the
 *       caption says so, when the trace did not contain the figure;
 *   <li>devices per gateway at the end: for each gateway the predicted band as a bar in the
 *       gateway's colour, the predicted median across it, and the observed count as a black
 *       diamond.
 * </ul>
 */
final class ComparisonFigures {

    /** The ECDF: blue. */
    private static final Color PREDICTED = Palette.OKABE_ITO.get(0);
    /** The observed value: vermillion, the palette's colour furthest from blue. */
    private static final Color OBSERVED = Palette.OKABE_ITO.get(3);
    /** The band: sky blue at 35% on white, opaque so that PDF and PNG agree. */
    private static final Color BAND = tint(Palette.OKABE_ITO.get(5), 0.35);
    private static final double HALF_BAR = 0.18;

    private ComparisonFigures() {
    }

    static List<Figure> of(LiveComparison comparison) {
        List<Figure> figures = new ArrayList<>();
        String stem = "observed-" + Figure.slug(comparison.scenario() + " " + comparison.label());
        for (ComparedFigure figure : comparison.figures()) {
            if (figure.band().isPresent()) {
                figures.add(ecdf(stem, comparison, figure));
            }
        }
        gateways(stem, comparison).ifPresent(figures::add);
        return figures;
    }

    private static Figure ecdf(String stem, LiveComparison comparison, ComparedFigure figure) {
        PredictionBand band = figure.band().orElseThrow();
        double[] values = figure.predicted().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double low = Math.min(values[0], figure.observed().orElse(values[0]));
        double high = Math.max(values[values.length - 1], figure.observed().orElse(values[0]));
        double pad = high > low ? (high - low) * 0.08 : Math.max(Math.abs(high) * 0.1, 1);
        double left = low - pad;
        double right = high + pad;
        if (low >= 0 && left < 0) {
            left = 0; // durations and counts are never negative: no axis below zero
        }
        XYChart chart = Charts.xy(Charts.STANDARD, axisTitle(figure), "Replications at or below (fraction)");
        double width = Math.max(band.high() - band.low(), (right - left) * 0.004);
        XYSeries shaded = chart.addSeries(bandLabel(band), new double[] {band.low(), band.low() + width,
                band.low() + width, band.low(), band.low()}, new double[] {0, 0, 1, 1, 0});
        shaded.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        shaded.setFillColor(BAND);
        shaded.setLineColor(BAND);
        shaded.setLineStyle(Charts.LINES.get(0));
        shaded.setMarker(SeriesMarkers.NONE);
        List<double[]> points = new ArrayList<>();
        points.add(new double[] {left, 0});
        for (int i = 0; i < values.length; i++) {
            points.add(new double[] {values[i], (double) i / values.length});
            points.add(new double[] {values[i], (double) (i + 1) / values.length});
        }
        points.add(new double[] {right, 1});
        Charts.line(chart.addSeries(values.length + " replications", Histograms.column(points, 0),
                Histograms.column(points, 1)), PREDICTED, 0);
        if (figure.observed().isPresent()) {
            double x = figure.observed().getAsDouble();
            XYSeries observed = Charts.line(chart.addSeries("observed (" + comparison.label() + ")",
                    new double[] {x, x}, new double[] {0, 1}), OBSERVED, 0);
            observed.setLineStyle(new BasicStroke(2f));
        }
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        chart.getStyler().setXAxisMin(left);
        chart.getStyler().setXAxisMax(right);
        if (!figure.unit().equals("s")) {
            chart.getStyler().setXAxisDecimalPattern("0");
        }
        Charts.legend(chart.getStyler(), List.of(bandLabel(band), values.length + " replications", "observed ("
                + comparison.label() + ")"), chart.getWidth());
        return new Figure(stem + "-" + Figure.slug(figure.name()), figure.name() + " (" + figure.unit() + "), "
                + comparison.scenario() + ": " + figure.description() + ". Staircase: the distribution over the "
                + band.replications() + " replications of the prediction; shaded: " + bandText(band) + "; "
                + observedText(comparison, figure), chart);
    }

    private static Optional<Figure> gateways(String stem, LiveComparison comparison) {
        List<ComparedFigure> gateways = comparison.gateways().stream().filter(g -> g.band().isPresent()
                || g.observed().isPresent()).toList();
        if (gateways.isEmpty()) {
            return Optional.empty();
        }
        boolean numbered = IntStream.range(0, gateways.size())
                .allMatch(i -> gateways.get(i).name().equals("gateway-" + (i + 1)));
        XYChart chart = Charts.xy(gateways.size() > 8 ? Charts.WIDE : Charts.STANDARD,
                numbered ? "Gateway (gateway-N)" : "Gateway (in the order listed)", "Devices at the end (count)");
        double highest = 0;
        int replications = 0;
        List<String> observedOutside = new ArrayList<>();
        for (int g = 0; g < gateways.size(); g++) {
            ComparedFigure gateway = gateways.get(g);
            double x = g + 1;
            Color colour = Palette.gateway(gateway.name());
            if (gateway.band().isPresent()) {
                PredictionBand band = gateway.band().get();
                replications = Math.max(replications, band.replications());
                highest = Math.max(highest, band.high());
                double top = band.high() > band.low() ? band.high() : band.high() + 0.05;
                XYSeries bar = chart.addSeries(gateway.name() + " band", new double[] {x - HALF_BAR, x + HALF_BAR,
                        x + HALF_BAR, x - HALF_BAR, x - HALF_BAR}, new double[] {band.low(), band.low(), top, top,
                                band.low()});
                bar.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
                bar.setFillColor(tint(colour, 0.45));
                bar.setLineColor(colour);
                bar.setLineStyle(Charts.LINES.get(0));
                bar.setMarker(SeriesMarkers.NONE);
                XYSeries median = Charts.line(chart.addSeries(gateway.name() + " median", new double[] {x - HALF_BAR,
                        x + HALF_BAR}, new double[] {band.median(), band.median()}), colour, 0);
                median.setLineStyle(new BasicStroke(2.5f));
            }
            if (gateway.observed().isPresent()) {
                double count = gateway.observed().getAsDouble();
                highest = Math.max(highest, count);
                XYSeries observed = chart.addSeries(gateway.name() + " observed", new double[] {x},
                        new double[] {count});
                observed.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                observed.setMarker(SeriesMarkers.DIAMOND);
                observed.setMarkerColor(Color.BLACK);
                if (gateway.verdict() == Verdict.OUTSIDE) {
                    observedOutside.add(gateway.name());
                }
            }
        }
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setMarkerSize(7);
        chart.getStyler().setXAxisMin(0.4);
        chart.getStyler().setXAxisMax(gateways.size() + 0.6);
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setXAxisTickMarkSpacingHint(20);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(Charts.roundAbove(highest));
        Charts.wholeTicks(chart.getStyler());
        String notObserved = String.join(", ", gateways.stream().filter(g -> g.observed().isEmpty())
                .map(ComparedFigure::name).toList());
        return Optional.of(new Figure(stem + "-devices-per-gateway", "Devices per gateway at the end of "
                + comparison.scenario() + ", predicted against observed (" + comparison.label() + "): bars span each "
                + "gateway's predicted band over " + replications + " replications, with the predicted median across; "
                + "black diamonds: the observed count. " + (observedOutside.isEmpty()
                        ? "Every observed count lies inside its band." : "Outside the band: "
                                + String.join(", ", observedOutside) + ".")
                + (notObserved.isEmpty() ? "" : " Not observed: " + notObserved + ".") + (numbered ? ""
                        : " Gateways: " + String.join(", ", IntStream.range(0, gateways.size())
                                .mapToObj(i -> (i + 1) + " " + gateways.get(i).name()).toList()) + "."), chart));
    }

    private static String axisTitle(ComparedFigure figure) {
        return figure.name() + " (" + (figure.unit().equals("s") ? "s" : figure.unit()) + ")";
    }

    private static String bandLabel(PredictionBand band) {
        return band.extremes() ? "band (min – max)" : "band (" + ordinal(band.orderStatistic()) + " smallest – "
                + ordinal(band.orderStatistic()) + " largest)";
    }

    private static String bandText(PredictionBand band) {
        return "the band from " + number(band.low()) + " to " + number(band.high()) + " ("
                + (band.extremes() ? "the smallest to the largest replication" : "the " + ordinal(band.orderStatistic())
                        + " smallest to the " + ordinal(band.orderStatistic()) + " largest replication")
                + ", which holds a new run of the same distribution with probability "
                + String.format(Locale.ROOT, "%.1f%%", 100 * band.coverage()) + ")";
    }

    private static String observedText(LiveComparison comparison, ComparedFigure figure) {
        if (figure.observed().isEmpty()) {
            return "not observed: the trace does not contain this figure.";
        }
        return "vermillion line: observed (" + comparison.label() + ") " + number(figure.observed().getAsDouble()) + " "
                + figure.unit() + ", percentile rank " + String.format(Locale.ROOT, "%.1f",
                        figure.percentileRank().orElse(Double.NaN)) + ", " + ComparisonMarkdown.verdict(figure.verdict())
                + " the band.";
    }

    private static String number(double value) {
        return ComparisonMarkdown.number(value);
    }

    private static String ordinal(int k) {
        return k == 1 ? "1st" : k == 2 ? "2nd" : k == 3 ? "3rd" : k + "th";
    }

    private static Color tint(Color colour, double share) {
        return new Color(mix(colour.getRed(), share), mix(colour.getGreen(), share), mix(colour.getBlue(), share));
    }

    private static int mix(int channel, double share) {
        return (int) Math.round(channel * share + 255 * (1 - share));
    }
}
