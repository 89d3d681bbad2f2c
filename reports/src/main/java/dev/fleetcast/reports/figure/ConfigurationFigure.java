package dev.fleetcast.reports.figure;

import dev.fleetcast.reports.input.Run;
import dev.fleetcast.reports.input.Study;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.Styler;

/**
 * The lab's first figure: the configurations a study runs, devices and gateways side by side —
 * devices on the left axis, gateways on the right, since they differ by a factor of ten or more.
 * One bar pair per distinct configuration (the policies that share one are the same bars).
 * Needs: a study of two configurations or more (one is a sentence of the table).
 */
final class ConfigurationFigure {

    private ConfigurationFigure() {
    }

    static Optional<Figure> of(Study study) {
        Map<String, Run> configurations = new LinkedHashMap<>();
        study.runs().stream().sorted(Comparator.comparingInt((Run r) -> r.scenario().devices())
                .thenComparingInt(r -> r.scenario().gateways().size()))
                .forEach(r -> configurations.putIfAbsent(compact(r), r));
        if (configurations.size() < 2) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(configurations.keySet());
        CategoryChart chart = Charts.category(Charts.STANDARD, "Configuration (devices / gateways)", "Devices (count)");
        List<Integer> devices = configurations.values().stream().map(r -> r.scenario().devices()).toList();
        List<Integer> gateways = configurations.values().stream().map(r -> r.scenario().gateways().size()).toList();
        CategorySeries d = chart.addSeries("devices", names, devices);
        d.setFillColor(Palette.OKABE_ITO.get(0));
        CategorySeries g = chart.addSeries("gateways", names, gateways);
        g.setFillColor(Palette.OKABE_ITO.get(1));
        g.setYAxisGroup(1);
        chart.setYAxisGroupTitle(0, "Devices (count)");
        chart.setYAxisGroupTitle(1, "Gateways (count)");
        chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
        chart.getStyler().setYAxisMin(0, 0.0);
        chart.getStyler().setYAxisMax(0, Charts.roundAbove(devices.stream().mapToInt(Integer::intValue).max().orElse(1)));
        chart.getStyler().setYAxisMin(1, 0.0);
        chart.getStyler().setYAxisMax(1, Charts.roundAbove(gateways.stream().mapToInt(Integer::intValue).max().orElse(1)));
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLabelsFont(Charts.TICK_LABELS);
        chart.getStyler().setLabelsFontColorAutomaticEnabled(true);
        chart.getStyler().setLabelsPosition(0.9);
        Charts.wholeTicks(chart.getStyler());
        Charts.legend(chart.getStyler(), List.of("devices", "gateways"), chart.getWidth());
        rotateIfCrowded(chart, names);
        return Optional.of(new Figure(Figure.slug(study.name()) + "-configuration",
                "Configurations run in " + study.name() + ": devices created (left axis) and gateways (right axis); "
                        + study.runs().size() + " scenarios in " + names.size() + " configurations.", chart));
    }

    /** {@code 100 / 5}: devices and gateways, short enough for a category label. */
    static String compact(Run run) {
        return run.scenario().devices() + " / " + run.scenario().gateways().size();
    }

    /** Category labels at 45° when they would not fit side by side. */
    static void rotateIfCrowded(CategoryChart chart, List<String> names) {
        int characters = names.stream().mapToInt(String::length).max().orElse(0) * names.size();
        if (characters * 4.5 > chart.getWidth() * 0.8) {
            chart.getStyler().setXAxisLabelRotation(45);
        }
    }
}
