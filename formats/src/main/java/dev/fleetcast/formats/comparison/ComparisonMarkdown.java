package dev.fleetcast.formats.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code comparison.md}: the comparison for people, as Markdown tables — each figure's
 * observed value, predicted median, band, the replications it rests on, the percentile rank and
 * the verdict — then the per-gateway counts and the notes. Numbers have four significant digits;
 * the JSON file has them whole.
 */
public final class ComparisonMarkdown {

    /** The file's usual name. */
    public static final String FILE_NAME = "comparison.md";

    /** The document's text, ending in a newline. */
    public String write(LiveComparison comparison) {
        StringBuilder text = new StringBuilder();
        text.append("# Predicted versus observed (").append(comparison.label()).append("): ")
                .append(comparison.scenario()).append("\n\n");
        text.append("Observed: ").append(comparison.trace().file().isEmpty() ? "a trace" : comparison.trace().file());
        if (!comparison.trace().source().isEmpty()) {
            text.append(" (").append(comparison.trace().source()).append(")");
        }
        if (!comparison.trace().sha256().isEmpty()) {
            text.append(", SHA-256 ").append(comparison.trace().sha256());
        }
        text.append(".  \nPredicted: ").append(comparison.prediction().replications()).append(" replications, seed ")
                .append(comparison.prediction().seed()).append(", ").append(comparison.prediction().description());
        if (comparison.prediction().failed() > 0) {
            text.append(" (").append(comparison.prediction().failed()).append(" failed replications left out)");
        }
        text.append(".\n\n");
        List<ComparedFigure> outside = comparison.outside();
        text.append(outside.isEmpty() ? "Every figure observed lies inside its predicted band.\n\n"
                : outside.size() + (outside.size() == 1 ? " figure lies" : " figures lie")
                        + " outside the predicted band: " + String.join(", ",
                                outside.stream().map(ComparedFigure::name).toList()) + ".\n\n");
        text.append("## Figures\n\n");
        table(text, "figure", comparison.figures());
        if (!comparison.gateways().isEmpty()) {
            text.append("\n## Devices per gateway at the end\n\n");
            table(text, "gateway", comparison.gateways());
        }
        text.append("\n## How to read this\n\n");
        text.append("- The band is a distribution-free prediction band over the replications: from the k-th "
                + "smallest to the k-th largest value, k = max(1, floor(0.025 (n + 1))). With fewer than 39 "
                + "replications its ends are the extreme order statistics (the smallest and largest value), and it "
                + "covers a new run from the same distribution with probability (n − 1)/(n + 1), less than 95%.\n");
        text.append("- The rank is the observed value's mid-rank percentile among the replications: "
                + "100 × (below + equal / 2) / n, so 50 is the middle and 0 or 100 is beyond every replication.\n");
        text.append("- \"not observed\": the trace does not contain the figure; it is not taken as zero. "
                + "\"not predicted\": no replication produced it.\n");
        if (!comparison.notes().isEmpty()) {
            text.append("\n## Notes\n\n");
            comparison.notes().forEach(note -> text.append("- ").append(note).append('\n'));
        }
        return text.toString();
    }

    private static void table(StringBuilder text, String first, List<ComparedFigure> figures) {
        text.append("| ").append(first).append(" | unit | observed | predicted median | band | replications | rank "
                + "| verdict |\n");
        text.append("|---|---|---:|---:|---|---:|---:|---|\n");
        for (ComparedFigure figure : figures) {
            List<String> cells = new ArrayList<>();
            cells.add(figure.name());
            cells.add(figure.unit());
            cells.add(figure.observed().isPresent() ? number(figure.observed().getAsDouble()) : "not observed");
            cells.add(figure.band().map(b -> number(b.median())).orElse("–"));
            cells.add(figure.band().map(b -> number(b.low()) + " – " + number(b.high())
                    + (b.extremes() ? " (min – max)" : "")).orElse("–"));
            cells.add(figure.band().map(b -> Integer.toString(b.replications())).orElse("0"));
            cells.add(figure.percentileRank().isPresent()
                    ? String.format(Locale.ROOT, "%.1f", figure.percentileRank().getAsDouble()) : "–");
            cells.add(verdict(figure.verdict()));
            text.append("| ").append(String.join(" | ", cells)).append(" |\n");
        }
    }

    /** How a verdict reads in a table: {@code inside}, {@code OUTSIDE}, {@code not observed}. */
    public static String verdict(Verdict verdict) {
        return switch (verdict) {
            case INSIDE -> "inside";
            case OUTSIDE -> "OUTSIDE";
            case NOT_OBSERVED -> "not observed";
            case NOT_PREDICTED -> "not predicted";
        };
    }

    /** Four significant digits, plain for whole numbers: {@code 12}, {@code 3.142}, {@code 0.0005}. */
    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return Long.toString((long) value);
        }
        return new java.math.BigDecimal(value).round(new java.math.MathContext(4)).stripTrailingZeros()
                .toPlainString();
    }
}
