package dev.fleetcast.reports.figure;

import dev.fleetcast.model.result.MetricEstimate;
import dev.fleetcast.reports.input.Run;
import dev.fleetcast.reports.input.Study;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

/**
 * Policies compared on one metric with 95% confidence intervals, from the {@code summary.json}
 * of each run of a study: one bar per run, coloured by policy, with the interval as an error
 * bar. When every run is one policy on one configuration, configurations go along the axis and
 * policies side by side; otherwise each run has its own place. Needs: two runs of the study
 * with the metric in their summaries, and the metric not the same for all (a figure of equal
 * zeros says nothing the table does not).
 */
final class PolicyComparisonFigure {

    private PolicyComparisonFigure() {
    }

    static List<Figure> of(Study study, Map<String, Color> policyColours) {
        List<Figure> figures = new ArrayList<>();
        for (HeadlineMetric metric : HeadlineMetric.ALL) {
            of(study, metric, policyColours).ifPresent(figures::add);
        }
        return figures;
    }

    private static Optional<Figure> of(Study study, HeadlineMetric metric, Map<String, Color> policyColours) {
        List<Run> runs = new ArrayList<>();
        List<MetricEstimate> estimates = new ArrayList<>();
        for (Run run : study.runs()) {
            Optional<MetricEstimate> estimate = run.summary().flatMap(metric::in);
            if (estimate.isPresent()) {
                runs.add(run);
                estimates.add(estimate.get());
            }
        }
        if (runs.size() < 2 || estimates.stream().allMatch(e -> e.mean() == estimates.get(0).mean()
                && !(e.halfWidth() > 0))) {
            return Optional.empty();
        }
        Set<String> policies = new LinkedHashSet<>();
        runs.forEach(r -> policies.add(r.policyLabel()));
        Set<String> cells = new HashSet<>();
        runs.forEach(r -> cells.add(r.configurationLabel() + "|" + r.policyLabel()));
        boolean grid = cells.size() == runs.size() && policies.size() > 1;
        List<String> shortNames = study.shortNames();
        List<String> categories = new ArrayList<>();
        List<Run> ordered = grid ? runs.stream().sorted(java.util.Comparator
                .comparingInt((Run r) -> r.scenario().devices()).thenComparingInt(r -> r.scenario().gateways().size()))
                .toList() : runs;
        for (Run run : ordered) {
            String category = grid ? ConfigurationFigure.compact(run) : shortNames.get(study.runs().indexOf(run));
            if (!categories.contains(category)) {
                categories.add(category);
            }
        }
        CategoryChart chart = Charts.category(categories.size() * (grid ? policies.size() : 1) > 8 ? Charts.WIDE
                : Charts.STANDARD, grid ? "Configuration (devices / gateways)" : "Scenario", metric.title());
        chart.getStyler().setOverlapped(!grid);
        for (String policy : policies) {
            List<Double> means = new ArrayList<>();
            List<Double> errors = new ArrayList<>();
            for (String category : categories) {
                Optional<MetricEstimate> cell = Optional.empty();
                for (int i = 0; i < runs.size(); i++) {
                    Run run = runs.get(i);
                    String at = grid ? ConfigurationFigure.compact(run) : shortNames.get(study.runs().indexOf(run));
                    if (at.equals(category) && run.policyLabel().equals(policy)) {
                        cell = Optional.of(estimates.get(i));
                    }
                }
                means.add(cell.map(MetricEstimate::mean).orElse(null));
                errors.add(cell.map(e -> Double.isNaN(e.halfWidth()) ? 0.0 : e.halfWidth()).orElse(0.0));
            }
            CategorySeries series = chart.addSeries(policy, categories, means, errors);
            series.setFillColor(policyColours.get(policy));
        }
        chart.getStyler().setYAxisMin(0.0);
        Charts.legend(chart.getStyler(), new ArrayList<>(policies), chart.getWidth());
        ConfigurationFigure.rotateIfCrowded(chart, categories);
        int n = estimates.stream().mapToInt(MetricEstimate::n).max().orElse(0);
        return Optional.of(new Figure(Figure.slug(study.name()) + "-compare-" + metric.metric(),
                metric.title().replaceAll(" \\([^)]*\\)$", "") + " in " + study.name() + " by policy: mean over "
                        + "replications (up to " + n + ") with its 95% confidence interval (Student's t, n - 1 degrees "
                        + "of freedom), from each run's summary.json.", chart));
    }
}
