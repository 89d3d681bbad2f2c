package dev.fleetcast.reports.figure;

import dev.fleetcast.model.result.AutoscalingOutcome;
import dev.fleetcast.model.result.LoadSample;
import dev.fleetcast.model.result.ReplicaSample;
import dev.fleetcast.reports.input.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;

/**
 * HPA replicas against load: the replicas the autoscaler wanted and those ready (left axis,
 * steps), and on the right the load it reacted to — its metric (the HPA's usage ratio of its
 * first metric, 1 = on target) and the scaled gateway's worker utilization — first replication.
 * Needs: an autoscaler.
 */
final class AutoscalingFigure {

    private AutoscalingFigure() {
    }

    static Optional<Figure> of(Run run) {
        Optional<AutoscalingOutcome> scaling = run.first().autoscaling();
        if (scaling.isEmpty() || scaling.get().samples().size() < 2) {
            return Optional.empty();
        }
        List<ReplicaSample> samples = scaling.get().samples();
        TimeAxis time = TimeAxis.spanning(samples.get(samples.size() - 1).timeNanos() / 1e9);
        XYChart chart = Charts.xy(Charts.STANDARD, time.title(), "Replicas (count)");
        time.apply(chart.getStyler());
        double[] x = samples.stream().mapToDouble(s -> time.of(s.timeNanos() / 1e9)).toArray();
        // Ready first, desired dashed over it: where they agree, both still show.
        step(chart, "ready", x, samples.stream().mapToDouble(ReplicaSample::ready).toArray(), 1, 0);
        step(chart, "desired", x, samples.stream().mapToDouble(ReplicaSample::desired).toArray(), 0, 1);
        List<String> names = new ArrayList<>(List.of("ready", "desired"));
        String[] metricText = {""};
        if (samples.stream().anyMatch(s -> !Double.isNaN(s.metric()))) {
            List<double[]> points = new ArrayList<>();
            for (ReplicaSample s : samples) {
                if (!Double.isNaN(s.metric())) {
                    points.add(new double[] {time.of(s.timeNanos() / 1e9), s.metric()});
                }
            }
            XYSeries metric = Charts.line(chart.addSeries("metric", Histograms.column(points, 0),
                    Histograms.column(points, 1)), Palette.OKABE_ITO.get(2), 0);
            metric.setYAxisGroup(1);
            names.add("metric");
            metricText[0] = "the autoscaler's metric (" + metricName(run) + ")";
        }
        int column = run.scenario().gatewayNames().indexOf(scaling.get().gateway());
        boolean utilization = run.first().messages().map(m -> m.samples().size() >= 2).orElse(false) && column >= 0;
        if (utilization) {
            List<LoadSample> load = run.first().messages().orElseThrow().samples();
            double[] lx = load.stream().mapToDouble(s -> time.of(s.timeNanos() / 1e9)).toArray();
            double[] ly = load.stream().mapToDouble(s -> s.utilization()[column]).toArray();
            XYSeries u = Charts.line(chart.addSeries("utilization", lx, ly), Palette.OKABE_ITO.get(3), 1);
            u.setYAxisGroup(1);
            names.add("utilization");
        }
        if (names.size() > 2) {
            chart.setYAxisGroupTitle(0, "Replicas (count)");
            chart.setYAxisGroupTitle(1, "Load (ratio)");
            chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
            chart.getStyler().setYAxisMin(1, 0.0);
        }
        chart.getStyler().setYAxisMin(0, 0.0);
        Charts.legend(chart.getStyler(), names, chart.getWidth());
        String right = metricText[0].isEmpty() && !utilization ? ""
                : "; right axis: " + (metricText[0].isEmpty() ? "" : metricText[0]) + (!metricText[0].isEmpty()
                        && utilization ? " and " : "") + (utilization ? "the fraction of worker time " + scaling.get()
                        .gateway() + " spent serving messages" : "");
        return Optional.of(new Figure(Figure.slug(run.name()) + "-autoscaling",
                "Autoscaling of " + scaling.get().gateway() + " in " + run.name() + " (first replication): replicas "
                        + "desired by the autoscaler and ready, at each evaluation (left axis)" + right + ".", chart));
    }

    private static void step(XYChart chart, String name, double[] x, double[] y, int colour, int style) {
        XYSeries series = Charts.line(chart.addSeries(name, x, y), Palette.OKABE_ITO.get(colour), style);
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
    }

    private static String metricName(Run run) {
        String kind = run.scenario().setting("autoscaling.scaler.kind").orElse("");
        return switch (kind) {
            case "hpa" -> "usage ratio of its first metric, "
                    + run.scenario().setting("autoscaling.scaler.metrics").map(m -> m.split(", ")[0]).orElse("?")
                    + "; 1 is on target";
            case "keda" -> "arrival rate";
            case "load-balancer" -> "pressure";
            default -> "its input";
        };
    }
}
