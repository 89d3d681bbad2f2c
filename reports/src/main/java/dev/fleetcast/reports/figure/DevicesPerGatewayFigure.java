package dev.fleetcast.reports.figure;

import dev.fleetcast.formats.result.PlatformResultFile;
import dev.fleetcast.reports.input.Run;
import dev.fleetcast.reports.input.Study;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The lab's second figure: devices on each gateway at the end against the target of an even
 * split, one figure per configuration (devices and gateways) of a study: gateways along the
 * axis, a bar per scenario — usually per policy, in the policy's colour. A bar is the mean over
 * the run's replications; the target, devices ÷ gateways Running at the end (all of them when
 * none failed), is the dashed line. Needs: a run with two gateways or more.
 */
final class DevicesPerGatewayFigure {

    private DevicesPerGatewayFigure() {
    }

    static List<Figure> of(Study study, Map<String, Color> policyColours) {
        List<String> shortNames = study.shortNames();
        Map<String, List<Run>> byConfiguration = new LinkedHashMap<>();
        study.runs().stream().filter(r -> r.scenario().gateways().size() > 1)
                .sorted(Comparator.comparingInt((Run r) -> r.scenario().devices())
                        .thenComparingInt(r -> r.scenario().gateways().size()))
                .forEach(r -> byConfiguration.computeIfAbsent(r.configurationLabel(), k -> new ArrayList<>()).add(r));
        List<Figure> figures = new ArrayList<>();
        byConfiguration.forEach((configuration, runs) -> {
            String id = Figure.slug(study.name()) + "-devices-per-gateway" + (byConfiguration.size() > 1
                    ? "-" + runs.get(0).scenario().devices() + "-" + runs.get(0).scenario().gateways().size() : "");
            figures.add(figure(study, configuration, runs, shortNames, policyColours, id));
        });
        return figures;
    }

    private static Figure figure(Study study, String configuration, List<Run> runs, List<String> shortNames,
            Map<String, Color> policyColours, String id) {
        Set<String> gateways = new LinkedHashSet<>();
        runs.forEach(r -> gateways.addAll(r.scenario().gatewayNames()));
        List<String> columns = new ArrayList<>(gateways);
        // Bars named by policy when that tells the runs apart, else by run; coloured by policy,
        // or in turn when several runs share one.
        boolean byPolicy = runs.stream().map(Run::policyLabel).distinct().count() == runs.size();
        List<String> names = runs.stream().map(r -> byPolicy ? r.policyLabel()
                : shortNames.get(study.runs().indexOf(r))).toList();
        boolean numbered = java.util.stream.IntStream.range(0, columns.size())
                .allMatch(i -> columns.get(i).equals("gateway-" + (i + 1)));
        // Bars drawn as filled polygons on an XY chart: XChart's category chart gives every series,
        // a target line too, a bar's slot, and misplaces annotation lines.
        XYChart chart = Charts.xy(Charts.sizeFor(names), numbered ? "Gateway (gateway-N)"
                : "Gateway (in scenario order)", "Devices at the end (count)");
        double width = 0.8 / runs.size();
        for (int r = 0; r < runs.size(); r++) {
            Run run = runs.get(r);
            Color colour = byPolicy ? policyColours.get(run.policyLabel())
                    : Palette.OKABE_ITO.get(r % Palette.OKABE_ITO.size());
            boolean first = true;
            for (int g = 0; g < columns.size(); g++) {
                if (!run.scenario().gatewayNames().contains(columns.get(g))) {
                    continue;
                }
                double left = g + 1 - 0.4 + r * width;
                double height = mean(run, columns.get(g));
                XYSeries bar = chart.addSeries(first ? names.get(r) : names.get(r) + " " + columns.get(g),
                        new double[] {left, left + width, left + width, left, left},
                        new double[] {0, 0, height, height, 0});
                bar.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
                bar.setFillColor(colour);
                bar.setLineColor(colour);
                bar.setLineStyle(Charts.LINES.get(0)); // XChart would give each series its own dashes
                bar.setMarker(SeriesMarkers.NONE);
                bar.setShowInLegend(first);
                first = false;
            }
        }
        List<Double> targets = runs.stream().map(DevicesPerGatewayFigure::target).distinct().toList();
        chart.addAnnotation(Charts.marker(targets.get(0), false));
        double highest = Math.max(targets.get(0), runs.stream().flatMap(r -> r.replications().stream())
                .flatMap(r -> r.devicesPerGateway().values().stream()).mapToInt(Integer::intValue).max().orElse(0));
        chart.getStyler().setXAxisMin(0.4);
        chart.getStyler().setXAxisMax(columns.size() + 0.6);
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setXAxisTickMarkSpacingHint(20); // a tick at every gateway
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(Charts.roundAbove(highest));
        Charts.legend(chart.getStyler(), names, chart.getWidth());
        int replications = runs.stream().mapToInt(r -> r.replications().size()).max().orElse(1);
        String over = replications == 1 ? "its replication" : "mean over the run's replications (up to "
                + replications + ")";
        String mixed = targets.size() > 1 ? " of the first scenario (the others differ: "
                + String.join(", ", targets.stream().map(DevicesPerGatewayFigure::format).toList()) + ")" : "";
        String order = numbered ? "" : " Gateways: " + String.join(", ", java.util.stream.IntStream
                .range(0, columns.size()).mapToObj(i -> (i + 1) + " " + columns.get(i)).toList()) + ".";
        return new Figure(id, "Devices on each gateway at the end, " + configuration + " in " + study.name() + " ("
                + over + "); dashed: the target of an even split" + mixed + ", " + format(targets.get(0))
                + " devices (devices divided by the gateways Running at the end)." + order, chart);
    }

    private static double mean(Run run, String gateway) {
        return run.replications().stream().mapToInt(r -> r.devicesPerGateway().getOrDefault(gateway, 0)).average()
                .orElse(0);
    }

    /** Devices ÷ gateways Running at the end of the first replication (all gateways if none is listed). */
    static double target(Run run) {
        PlatformResultFile first = run.first();
        int running = first.runningGateways().isEmpty() ? run.scenario().gateways().size()
                : first.runningGateways().size();
        return (double) run.scenario().devices() / running;
    }

    static String format(double value) {
        return value == Math.rint(value) ? String.format(java.util.Locale.ROOT, "%.0f", value)
                : String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
