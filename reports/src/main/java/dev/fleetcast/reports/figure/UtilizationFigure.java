package dev.fleetcast.reports.figure;

import dev.fleetcast.model.result.LoadSample;
import dev.fleetcast.model.result.MessageOutcome;
import dev.fleetcast.reports.input.Run;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;

/**
 * The data plane's load per gateway over time: the fraction of each gateway's worker time spent
 * serving messages, first replication. Needs: a message load and no autoscaler (an autoscaled
 * run shows its load in {@link AutoscalingFigure}).
 */
final class UtilizationFigure {

    private UtilizationFigure() {
    }

    static Optional<Figure> of(Run run) {
        Optional<MessageOutcome> messages = run.first().messages();
        if (messages.isEmpty() || messages.get().samples().size() < 2 || run.first().autoscaling().isPresent()) {
            return Optional.empty();
        }
        List<LoadSample> samples = messages.get().samples();
        List<String> gateways = run.scenario().gatewayNames();
        TimeAxis time = TimeAxis.spanning(samples.get(samples.size() - 1).timeNanos() / 1e9);
        XYChart chart = Charts.xy(Charts.sizeFor(gateways), time.title(), "Worker utilization (fraction)");
        time.apply(chart.getStyler());
        double[] x = samples.stream().mapToDouble(s -> time.of(s.timeNanos() / 1e9)).toArray();
        for (int g = 0; g < gateways.size(); g++) {
            int column = g;
            double[] y = samples.stream().mapToDouble(s -> s.utilization()[column]).toArray();
            Charts.line(chart.addSeries(gateways.get(g), x, y), Palette.gateway(gateways.get(g)), g);
        }
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        Charts.legend(chart.getStyler(), gateways, chart.getWidth());
        return Optional.of(new Figure(Figure.slug(run.name()) + "-utilization",
                "Message load per gateway in " + run.name() + ": the fraction of its workers' time each gateway spent "
                        + "serving messages in each sampling interval (first replication).", chart));
    }
}
