package dev.fleetcast.reports.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.model.result.MetricEstimate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The writers' escaping and number formats, each format's special characters made harmless. */
class ReportDocumentTest {

    @Test
    void latexEscapesItsSpecialCharactersAndWritesOnlyAscii() {
        assertThat(LatexWriter.escape("50% of a_b & {c} #1 $2 ~ ^ \\ <x> | 39.7 ± 0.5 – ≤ é"))
                .isEqualTo("50\\% of a\\_b \\& \\{c\\} \\#1 \\$2 \\textasciitilde{} \\textasciicircum{} "
                        + "\\textbackslash{} \\textless{}x\\textgreater{} \\textbar{} 39.7 $\\pm$ 0.5 -- $\\le$ ?");
    }

    @Test
    void htmlAndMarkdownEscapeTheirs() {
        assertThat(HtmlWriter.escape("<b>\"a\" & b</b>")).isEqualTo("&lt;b&gt;&quot;a&quot; &amp; b&lt;/b&gt;");
        assertThat(MarkdownWriter.inline("a_b *c* [d] | #e")).isEqualTo("a\\_b \\*c\\* \\[d\\] \\| \\#e");
    }

    @Test
    void estimatesShowTheDigitsTheirSizeWarrants() {
        assertThat(Numbers.estimate(new MetricEstimate("m", "s", 10, 39.745, 0.488, 0.95))).isEqualTo("39.7 ± 0.49");
        assertThat(Numbers.estimate(new MetricEstimate("m", "s", 10, 10155, 65.85, 0.95))).isEqualTo("10155 ± 66");
        assertThat(Numbers.estimate(new MetricEstimate("m", "s", 10, 0.02498, 0.000644, 0.95)))
                .isEqualTo("0.025 ± 0.00064");
        assertThat(Numbers.estimate(new MetricEstimate("m", "count", 10, 20, 0, 0.95))).isEqualTo("20 ± 0");
        assertThat(Numbers.estimate(new MetricEstimate("m", "s", 1, 3.5, Double.NaN, 0.95))).isEqualTo("3.50");
        assertThat(Numbers.estimate(new MetricEstimate("m", "s", 0, Double.NaN, Double.NaN, 0.95))).isEqualTo("–");
    }

    @Test
    void aTableRendersInAllThreeFormats() {
        Table table = new Table("t", "A caption", List.of("name", "value"), List.of(false, true),
                List.of(List.of("a_b", "1 ± 0.5")));
        Report report = new Report("title", List.of(), List.of(new Section("s", "Part", 1, List.of(table))));

        assertThat(new MarkdownWriter().write(report)).contains("**Table 1.** A caption", "| name | value |",
                "| --- | ---: |", "| a\\_b | 1 ± 0.5 |");
        assertThat(new HtmlWriter().write(report)).contains("<caption><b>Table 1.</b> A caption</caption>",
                "<td>a_b</td><td class=\"n\">1 ± 0.5</td>");
        assertThat(new LatexWriter().write(report)).contains("\\begin{tabular}{lr}", "name & value \\\\",
                "a\\_b & 1 $\\pm$ 0.5 \\\\", "\\label{fleetcast:t}");
    }
}
