package dev.fleetcast.reports.figure;

import dev.fleetcast.reports.input.Study;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.Styler;

/**
 * The lab's first figure: devices and gateways of each scenario of a study, side by side —
 * devices on the left axis, gateways on the right, since they differ by a factor of ten or more.
 * Needs: a study of two configurations or more.
 */
final class ConfigurationFigure {

    private ConfigurationFigure() {
    }

    static Optional<Figure> of(Study study) {
        if (study.runs().stream().map(r -> r.configurationLabel()).distinct().count() < 2) {
            return Optional.empty(); // one configuration is a sentence of the table, not a figure
        }
        List<String> names = study.shortNames();
        CategoryChart chart = Charts.category(names.size() > 4 ? Charts.WIDE : Charts.STANDARD, "Scenario",
                "Devices (count)");
        List<Integer> devices = study.runs().stream().map(r -> r.scenario().devices()).toList();
        List<Integer> gateways = study.runs().stream().map(r -> r.scenario().gateways().size()).toList();
        CategorySeries d = chart.addSeries("devices", names, devices);
        d.setFillColor(Palette.OKABE_ITO.get(0));
        CategorySeries g = chart.addSeries("gateways", names, gateways);
        g.setFillColor(Palette.OKABE_ITO.get(1));
        g.setYAxisGroup(1);
        chart.setYAxisGroupTitle(0, "Devices (count)");
        chart.setYAxisGroupTitle(1, "Gateways (count)");
        chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
        chart.getStyler().setYAxisMin(0, 0.0);
        chart.getStyler().setYAxisMin(1, 0.0);
        chart.getStyler().setYAxisMax(1, (double) gateways.stream().mapToInt(Integer::intValue).max().orElse(1) + 1);
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLabelsFont(Charts.TICK_LABELS);
        chart.getStyler().setLabelsFontColorAutomaticEnabled(true);
        chart.getStyler().setLabelsPosition(0.9);
        Charts.wholeTicks(chart.getStyler());
        rotateIfCrowded(chart, names);
        return Optional.of(new Figure(Figure.slug(study.name()) + "-configuration",
                "Configuration of each scenario in " + study.name() + ": devices created (left axis) and gateways "
                        + "(right axis).", chart));
    }

    /** Category labels at 45° when they would not fit side by side. */
    static void rotateIfCrowded(CategoryChart chart, List<String> names) {
        int characters = names.stream().mapToInt(String::length).max().orElse(0) * names.size();
        if (characters * 4.5 > chart.getWidth() * 0.8) {
            chart.getStyler().setXAxisLabelRotation(45);
        }
    }
}
