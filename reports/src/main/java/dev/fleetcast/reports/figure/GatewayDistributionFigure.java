package dev.fleetcast.reports.figure;

import dev.fleetcast.reports.input.Run;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The lab's per-gateway distribution, with the spread the lab never had: for each gateway, how
 * many devices it held at the end across the run's replications — a box from the first to the
 * third quartile with the median across it, whiskers to the most extreme counts within 1.5
 * interquartile ranges, and any count beyond as a dot — against the dashed target of an even
 * split. Drawn on an XY chart rather than XChart's box chart, whose colours are fixed, so that
 * each gateway keeps its own. Needs: two gateways, and replications that differ (when every
 * replication ends alike, the bars of {@link DevicesPerGatewayFigure} say it all).
 */
final class GatewayDistributionFigure {

    private static final double HALF_BOX = 0.25;

    private GatewayDistributionFigure() {
    }

    static Optional<Figure> of(Run run) {
        List<String> gateways = run.scenario().gatewayNames();
        boolean spread = gateways.stream().anyMatch(g -> run.replications().stream()
                .mapToInt(r -> r.devicesPerGateway().getOrDefault(g, 0)).distinct().count() > 1);
        if (run.replications().size() < 2 || gateways.size() < 2 || !spread) {
            return Optional.empty();
        }
        boolean numbered = java.util.stream.IntStream.range(0, gateways.size())
                .allMatch(i -> gateways.get(i).equals("gateway-" + (i + 1)));
        XYChart chart = Charts.xy(gateways.size() > 8 ? Charts.WIDE : Charts.STANDARD,
                numbered ? "Gateway (gateway-N)" : "Gateway (in scenario order)", "Devices at the end (count)");
        double highest = 0;
        for (int g = 0; g < gateways.size(); g++) {
            String gateway = gateways.get(g);
            double[] counts = run.replications().stream().mapToDouble(r -> r.devicesPerGateway().getOrDefault(gateway, 0))
                    .sorted().toArray();
            highest = Math.max(highest, counts[counts.length - 1]);
            box(chart, gateway, g + 1, counts, Palette.gateway(gateway));
        }
        double target = DevicesPerGatewayFigure.target(run);
        chart.addAnnotation(Charts.marker(target, false));
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisMin(0.4);
        chart.getStyler().setXAxisMax(gateways.size() + 0.6);
        // Gateways by number (1 is the scenario's first): XChart cannot put names on an XY axis
        // safely — a labelling function that leaves some ticks blank makes it loop forever.
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setXAxisTickMarkSpacingHint(20); // a tick at every gateway
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(Charts.roundAbove(Math.max(target, highest)));
        Charts.wholeTicks(chart.getStyler());
        return Optional.of(new Figure(Figure.slug(run.name()) + "-gateway-distribution",
                "Devices per gateway at the end of " + run.name() + " across its " + run.replications().size()
                        + " replications: boxes from the first to the third quartile with the median across, whiskers "
                        + "to the most extreme counts within 1.5 interquartile ranges, dots beyond; dashed: the even "
                        + "split, " + DevicesPerGatewayFigure.format(target) + " devices." + (numbered ? ""
                        : " Gateways: " + String.join(", ", java.util.stream.IntStream.range(0, gateways.size())
                                .mapToObj(i -> (i + 1) + " " + gateways.get(i)).toList()) + "."), chart));
    }

    /** One gateway's box, median, whiskers and outlying counts at {@code x}. */
    private static void box(XYChart chart, String gateway, double x, double[] sorted, Color colour) {
        double q1 = quantile(sorted, 0.25);
        double median = quantile(sorted, 0.5);
        double q3 = quantile(sorted, 0.75);
        double reach = 1.5 * (q3 - q1);
        double low = Arrays.stream(sorted).filter(v -> v >= q1 - reach).min().orElse(q1);
        double high = Arrays.stream(sorted).filter(v -> v <= q3 + reach).max().orElse(q3);
        double left = x - HALF_BOX;
        double right = x + HALF_BOX;
        segment(chart, gateway + " box", new double[] {left, right, right, left, left}, new double[] {q1, q1, q3, q3, q1},
                colour, 2f);
        segment(chart, gateway + " median", new double[] {left, right}, new double[] {median, median}, colour, 3f);
        segment(chart, gateway + " lower whisker", new double[] {x, x, x - HALF_BOX / 2, x + HALF_BOX / 2},
                new double[] {q1, low, low, low}, colour, 1f);
        segment(chart, gateway + " upper whisker", new double[] {x, x, x - HALF_BOX / 2, x + HALF_BOX / 2},
                new double[] {q3, high, high, high}, colour, 1f);
        List<Double> outlying = new ArrayList<>();
        for (double v : sorted) {
            if (v < low || v > high) {
                outlying.add(v);
            }
        }
        if (!outlying.isEmpty()) {
            XYSeries dots = chart.addSeries(gateway + " beyond", outlying.stream().map(v -> x).toList(), outlying);
            dots.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            dots.setMarker(SeriesMarkers.CIRCLE);
            dots.setMarkerColor(colour);
        }
    }

    private static void segment(XYChart chart, String name, double[] x, double[] y, Color colour, float width) {
        XYSeries series = Charts.line(chart.addSeries(name, x, y), colour, 0);
        series.setLineWidth(width);
    }

    /** The p-quantile by linear interpolation between order statistics (R's and NumPy's default). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }
}
