package dev.fleetcast.reports.figure;

import dev.fleetcast.formats.result.PlatformResultFile;
import dev.fleetcast.reports.input.Run;
import dev.fleetcast.reports.input.Study;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.knowm.xchart.XYChart;

/**
 * Enrollment latency (device created → enrolled) as a distribution function, one staircase per
 * scenario of a study, pooling the histograms of all the run's replications. Colours follow the
 * policy, line styles the run's place in the study. Needs: a run with an enrolled device.
 */
final class EnrollmentCdfFigure {

    private EnrollmentCdfFigure() {
    }

    static Optional<Figure> of(Study study, Map<String, Color> policyColours) {
        List<String> names = study.shortNames();
        List<String> drawn = new ArrayList<>();
        XYChart chart = Charts.xy(Charts.sizeFor(names), "Enrollment latency, created to enrolled (s)",
                "Fraction of devices enrolled");
        long devices = 0;
        double slowest = 0;
        for (int i = 0; i < study.runs().size(); i++) {
            Run run = study.runs().get(i);
            Histograms.Steps steps = Histograms.pooled(run.replications().stream()
                    .map(PlatformResultFile::enrollmentLatency).toList());
            if (steps.count() == 0) {
                continue;
            }
            devices += steps.count();
            slowest = Math.max(slowest, steps.seconds()[steps.seconds().length - 1]);
            List<double[]> points = Histograms.staircase(steps.seconds(), steps.fractions(), 0);
            // Line styles by position, so that runs whose curves coincide still show both.
            Charts.line(chart.addSeries(names.get(i), Histograms.column(points, 0), Histograms.column(points, 1)),
                    policyColours.get(run.policyLabel()), i);
            drawn.add(names.get(i));
        }
        if (drawn.isEmpty()) {
            return Optional.empty();
        }
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax(Charts.roundUp(slowest));
        Charts.legend(chart.getStyler(), drawn, chart.getWidth());
        return Optional.of(new Figure(Figure.slug(study.name()) + "-enrollment-cdf",
                "Distribution of enrollment latency (device created to enrolled) in " + study.name()
                        + ", all replications of each scenario pooled (" + devices + " enrollments), from the result "
                        + "files' histograms (three significant digits).", chart));
    }
}
