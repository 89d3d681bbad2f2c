package dev.fleetcast.reports.figure;

import dev.fleetcast.formats.result.ResolvedScenario;
import dev.fleetcast.model.result.GatewaySample;
import dev.fleetcast.model.trace.GatewaySeries;
import dev.fleetcast.reports.input.Run;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;

/**
 * Per-gateway load over time: the devices each gateway holds, one line per gateway in its own
 * colour, from the run's first replication, with each injected fault as a dashed vertical line.
 * Needs: two gateways and two samples or more. A run with a gateway failure draws {@link FailoverFigure}
 * instead, which shows the same lines and the recovery.
 */
final class GatewayLoadFigure {

    private GatewayLoadFigure() {
    }

    static Optional<Figure> of(Run run) {
        GatewaySeries series = run.first().samples();
        if (series.rows().size() < 2 || series.gateways().size() < 2) {
            return Optional.empty(); // one gateway's line is the study's devices-over-time figure
        }
        XYChart chart = chart(run, series, Charts.sizeFor(series.gateways()));
        return Optional.of(new Figure(Figure.slug(run.name()) + "-gateway-load",
                "Devices on each gateway over time in " + run.name() + " (first replication, sampled every "
                        + DevicesOverTimeFigure.interval(run) + ")" + faults(run.scenario()) + ".", chart));
    }

    /** The per-gateway lines and fault markers, shared with the failover figure. */
    static XYChart chart(Run run, GatewaySeries series, Charts.Size size) {
        TimeAxis time = TimeAxis.spanning(DevicesOverTimeFigure.last(series) / 1e9);
        XYChart chart = Charts.xy(size, time.title(), "Devices on the gateway (count)");
        time.apply(chart.getStyler());
        List<GatewaySample> rows = series.rows();
        double[] x = new double[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            x[r] = time.of(rows.get(r).timeNanos() / 1e9);
        }
        for (int g = 0; g < series.gateways().size(); g++) {
            double[] y = new double[rows.size()];
            for (int r = 0; r < rows.size(); r++) {
                y[r] = rows.get(r).devices()[g];
            }
            String gateway = series.gateways().get(g);
            Charts.line(chart.addSeries(gateway, x, y), Palette.gateway(gateway), g); // styles too: lines often coincide
        }
        for (ResolvedScenario.ScenarioFault fault : run.scenario().faults()) {
            chart.addAnnotation(Charts.marker(time.of(fault.atNanos() / 1e9), true));
        }
        int highest = rows.stream().flatMapToInt(r -> java.util.Arrays.stream(r.devices())).max().orElse(0);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(Charts.roundAbove(highest));
        Charts.legend(chart.getStyler(), series.gateways(), chart.getWidth());
        return chart;
    }

    /** "; dashed: gateway-1 delete at 5m" — what the vertical lines mark, or nothing. */
    static String faults(ResolvedScenario scenario) {
        if (scenario.faults().isEmpty()) {
            return "";
        }
        return "; dashed vertical lines: " + String.join(", ", scenario.faults().stream()
                .map(f -> f.gateway() + " " + f.kind() + " at " + dev.fleetcast.formats.Durations.format(f.atNanos()))
                .toList());
    }
}
