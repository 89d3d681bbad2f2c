package dev.fleetcast.reports.figure;

import dev.fleetcast.formats.calibration.CalibrationDetails;
import dev.fleetcast.formats.comparison.LiveComparison;
import dev.fleetcast.reports.input.ReportInputs;
import dev.fleetcast.reports.input.Run;
import dev.fleetcast.reports.input.Study;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which figures a report draws, and in what order: each builder returns a figure only when the
 * inputs hold its data (docs/reports.md lists each figure with what it needs).
 */
public final class Figures {

    private final Map<String, Color> policyColours;

    private Figures(Map<String, Color> policyColours) {
        this.policyColours = policyColours;
    }

    /** Figures for {@code inputs}, every policy label of which keeps one colour throughout. */
    public static Figures forReport(ReportInputs inputs) {
        return new Figures(Palette.policyColours(inputs.runs().stream().map(Run::policyLabel).distinct().toList()));
    }

    /** A study's figures across its runs: the lab's configuration, split and pod-count figures, the latency CDF. */
    public List<Figure> overview(Study study) {
        List<Figure> figures = new ArrayList<>();
        ConfigurationFigure.of(study).ifPresent(figures::add);
        figures.addAll(DevicesPerGatewayFigure.of(study, policyColours));
        DevicesOverTimeFigure.of(study, policyColours).ifPresent(figures::add);
        EnrollmentCdfFigure.of(study, policyColours).ifPresent(figures::add);
        return figures;
    }

    /** A study's policy comparisons, one figure a metric. */
    public List<Figure> comparisons(Study study) {
        return PolicyComparisonFigure.of(study, policyColours);
    }

    /** One run's figures: the split across replications, load or failover over time, utilization, autoscaling. */
    public List<Figure> run(Run run) {
        List<Figure> figures = new ArrayList<>();
        GatewayDistributionFigure.of(run).ifPresent(figures::add);
        Optional<Figure> failover = FailoverFigure.of(run);
        failover.ifPresent(figures::add);
        if (failover.isEmpty()) {
            GatewayLoadFigure.of(run).ifPresent(figures::add);
        }
        UtilizationFigure.of(run).ifPresent(figures::add);
        AutoscalingFigure.of(run).ifPresent(figures::add);
        return figures;
    }

    /** A calibration file's figures: data against the fitted law, and QQ, per quantity. */
    public List<Figure> calibration(CalibrationDetails calibration) {
        return CalibrationFigures.of(calibration);
    }

    /**
     * A predicted-versus-observed comparison's figures: each predicted figure's distribution over
     * the replications with its band and the observed value, then devices per gateway.
     */
    public List<Figure> comparison(LiveComparison comparison) {
        return ComparisonFigures.of(comparison);
    }
}
