package dev.fleetcast.reports.figure;

import dev.fleetcast.formats.result.PlatformResultFile;
import dev.fleetcast.model.result.LatencySummary;
import dev.fleetcast.model.timeline.DeviceEvent;
import dev.fleetcast.model.timeline.DeviceEventKind;
import dev.fleetcast.reports.input.Run;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.knowm.xchart.XYChart;

/**
 * The failover recovery timeline: devices on each gateway over time around an injected fault,
 * and the devices re-enrolled since (cumulative, black) — from the timeline's
 * {@code re-enrolled} events when the run recorded timelines, else from the recovery-time
 * histogram placed after the fault (only possible when the faults all happen at one time). From
 * the run's first replication. Needs: a fault and at least one recovery.
 */
final class FailoverFigure {

    private static final String RE_ENROLLED = "re-enrolled";

    private FailoverFigure() {
    }

    static boolean applies(Run run) {
        PlatformResultFile first = run.first();
        return !run.scenario().faults().isEmpty() && first.samples().rows().size() >= 2
                && (first.failoverRecovery().count() > 0 || reEnrolled(first).size() > 0);
    }

    static Optional<Figure> of(Run run) {
        if (!applies(run)) {
            return Optional.empty();
        }
        PlatformResultFile first = run.first();
        List<String> legend = new java.util.ArrayList<>(first.samples().gateways());
        legend.add(RE_ENROLLED);
        XYChart chart = GatewayLoadFigure.chart(run, first.samples(), Charts.sizeFor(legend));
        TimeAxis time = TimeAxis.spanning(DevicesOverTimeFigure.last(first.samples()) / 1e9);
        List<DeviceEvent> reEnrolled = reEnrolled(first);
        String source;
        double[] x;
        double[] y;
        if (!reEnrolled.isEmpty()) {
            x = new double[reEnrolled.size()];
            y = new double[reEnrolled.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = reEnrolled.get(i).timeNanos() / 1e9;
                y[i] = i + 1;
            }
            source = "the timeline's re-enrolled events";
        } else if (run.scenario().faults().stream().mapToLong(f -> f.atNanos()).distinct().count() == 1) {
            double at = run.scenario().faults().get(0).atNanos() / 1e9;
            long total = 0;
            List<LatencySummary.Bin> bins = first.failoverRecovery().histogram();
            x = new double[bins.size()];
            y = new double[bins.size()];
            for (int i = 0; i < x.length; i++) {
                total += bins.get(i).count();
                x[i] = at + bins.get(i).upToNanos() / 1e9;
                y[i] = total;
            }
            source = "the recovery times after the fault";
        } else {
            x = new double[0];
            y = new double[0];
            source = "";
        }
        if (x.length > 0) {
            List<double[]> points = Histograms.staircase(time.of(x), y, 0);
            points.add(new double[] {time.of(DevicesOverTimeFigure.last(first.samples()) / 1e9), y[y.length - 1]});
            Charts.line(chart.addSeries(RE_ENROLLED, Histograms.column(points, 0), Histograms.column(points, 1)),
                    Color.BLACK, 1);
            Charts.legend(chart.getStyler(), legend, chart.getWidth());
        }
        LatencySummary recovery = first.failoverRecovery();
        String stats = recovery.count() == 0 ? "" : String.format(Locale.ROOT,
                " Recovery from loss to re-enrollment in this replication: %d devices, median %.1f s, P95 %.1f s, "
                        + "max %.1f s.", recovery.count(), recovery.p50Nanos() / 1e9, recovery.p95Nanos() / 1e9,
                recovery.maxNanos() / 1e9);
        return Optional.of(new Figure(Figure.slug(run.name()) + "-failover-timeline",
                "Failover in " + run.name() + ": devices on each gateway over time (first replication)"
                        + (source.isEmpty() ? "" : " and, in black, devices re-enrolled since the loss (cumulative), from "
                                + source)
                        + GatewayLoadFigure.faults(run.scenario()) + "." + stats, chart));
    }

    private static List<DeviceEvent> reEnrolled(PlatformResultFile result) {
        return result.timeline().stream().filter(e -> e.kind() == DeviceEventKind.RE_ENROLLED).toList();
    }
}
