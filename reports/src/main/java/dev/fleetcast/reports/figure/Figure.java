package dev.fleetcast.reports.figure;

import java.util.Objects;
import java.util.regex.Pattern;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A figure to be written: the stem of its file names, its caption, and the chart that draws it.
 * The chart is XChart's mutable object; a figure is made, written once and dropped.
 *
 * @param id the file stem ({@code enrollment-devices-per-gateway}): lower-case letters,
 *     digits and hyphens, so it is a safe name in every file system, URL and LaTeX path
 * @param caption one or more sentences saying what is shown, from which data, in which units
 * @param chart draws the figure
 */
public record Figure(String id, String caption, Chart<?, ?> chart) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Figure {
        Objects.requireNonNull(chart, "chart");
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a figure id is lower-case letters, digits and single hyphens, was " + id);
        }
        if (caption == null || caption.isBlank()) {
            throw new IllegalArgumentException("figure " + id + " needs a caption");
        }
    }

    /** {@code text} made into a figure id: lower case, each run of other characters one hyphen. */
    public static String slug(String text) {
        String slug = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "figure" : slug;
    }
}
