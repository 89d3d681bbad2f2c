package dev.fleetcast.reports.figure;

import dev.fleetcast.model.result.GatewaySample;
import dev.fleetcast.model.trace.GatewaySeries;
import dev.fleetcast.reports.input.Run;
import dev.fleetcast.reports.input.Study;
import java.awt.Color;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.knowm.xchart.XYChart;

/**
 * The lab's pod-count figure: devices assigned to some gateway over time, one line per scenario
 * of a study, from each run's first replication (a trajectory, not an average of several).
 * Colours follow the policy, line styles the run's place in the study. Needs: a run with two
 * samples or more.
 */
final class DevicesOverTimeFigure {

    private DevicesOverTimeFigure() {
    }

    static Optional<Figure> of(Study study, Map<String, Color> policyColours) {
        List<Run> drawn = study.runs().stream().filter(r -> r.first().samples().rows().size() >= 2).toList();
        if (drawn.isEmpty()) {
            return Optional.empty();
        }
        double end = drawn.stream().mapToDouble(r -> last(r.first().samples()) / 1e9).max().orElse(0);
        TimeAxis time = TimeAxis.spanning(end);
        List<String> names = study.shortNames();
        List<String> legend = drawn.stream().map(r -> names.get(study.runs().indexOf(r))).toList();
        XYChart chart = Charts.xy(Charts.sizeFor(legend), time.title(), "Devices assigned (count)");
        time.apply(chart.getStyler());
        for (int i = 0; i < study.runs().size(); i++) {
            Run run = study.runs().get(i);
            if (!drawn.contains(run)) {
                continue;
            }
            List<GatewaySample> rows = run.first().samples().rows();
            double[] x = new double[rows.size()];
            double[] y = new double[rows.size()];
            for (int r = 0; r < rows.size(); r++) {
                x[r] = time.of(rows.get(r).timeNanos() / 1e9);
                for (int count : rows.get(r).devices()) {
                    y[r] += count;
                }
            }
            // Line styles by position, so that runs whose lines coincide still show both.
            Charts.line(chart.addSeries(names.get(i), x, y), policyColours.get(run.policyLabel()), i);
        }
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(Charts.roundAbove(drawn.stream().mapToInt(r -> r.scenario().devices()).max()
                .orElse(1)));
        Charts.legend(chart.getStyler(), legend, chart.getWidth());
        return Optional.of(new Figure(Figure.slug(study.name()) + "-devices-over-time",
                "Devices assigned to a gateway over time in " + study.name() + ", first replication of each scenario, "
                        + "sampled every " + interval(drawn.get(0)) + ".", chart));
    }

    static double last(GatewaySeries series) {
        return series.rows().isEmpty() ? 0 : series.rows().get(series.rows().size() - 1).timeNanos();
    }

    static String interval(Run run) {
        return run.scenario().setting("samplingInterval").orElse("sampling interval");
    }
}
