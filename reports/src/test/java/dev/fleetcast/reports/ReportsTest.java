package dev.fleetcast.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.swing.text.MutableAttributeSet;
import javax.swing.text.html.HTML;
import javax.swing.text.html.HTMLEditorKit;
import javax.swing.text.html.parser.ParserDelegator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundle for the fixtures, written once: every figure the fixtures have data for, as PNG at
 * 300 dpi and PDF; report.html self-contained; report.tex compiling where pdflatex is installed.
 */
class ReportsTest {

    @TempDir
    static Path temp;

    static Path bundle;
    static Path html;

    @BeforeAll
    static void writeTheBundle() {
        bundle = temp.resolve("report");
        html = Reports.write(List.of(Fixtures.results(), Fixtures.calibration()), bundle);
    }

    private static List<String> figureStems() throws IOException {
        try (Stream<Path> files = Files.list(bundle.resolve("figures"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
    }

    @Test
    void writesTheDocumentsAndEveryFigureTheFixturesHaveDataFor() throws IOException {
        assertThat(html).isEqualTo(bundle.resolve("report.html"));
        assertThat(bundle.resolve("report.md")).isRegularFile();
        assertThat(bundle.resolve("report.tex")).isRegularFile();
        assertThat(bundle.resolve("report-standalone.tex")).isRegularFile();
        assertThat(figureStems()).containsExactly(
                "calibration-handshake-cdf",
                "calibration-podstartup-cdf",
                "calibration-podstartup-qq",
                "enrollment-compare-enrollment-latency-p95",
                "enrollment-devices-over-time",
                "enrollment-devices-per-gateway",
                "enrollment-enrollment-cdf",
                "small-failover-devices-over-time",
                "small-failover-devices-per-gateway",
                "small-failover-enrollment-cdf",
                "small-failover-failover-timeline",
                "small-hpa-autoscaling",
                "small-hpa-devices-over-time",
                "small-hpa-enrollment-cdf",
                "small-ledger-gateway-load",
                "small-naive-gateway-load");
        for (String stem : figureStems()) {
            byte[] pdf = Files.readAllBytes(bundle.resolve("figures/" + stem + ".pdf"));
            assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).as(stem + ".pdf").isEqualTo("%PDF-");
        }
    }

    /** Every PNG states 300 dpi in its pHYs chunk: 11,811 pixels per metre on both axes, unit metre. */
    @Test
    void everyPngIs300Dpi() throws IOException {
        for (String stem : figureStems()) {
            ByteBuffer png = ByteBuffer.wrap(Files.readAllBytes(bundle.resolve("figures/" + stem + ".png")));
            assertThat(png.getLong()).as("PNG signature of " + stem).isEqualTo(0x89504E470D0A1A0AL);
            int[] physical = null;
            while (png.remaining() >= 12 && physical == null) {
                int length = png.getInt();
                String type = new String(new byte[] {png.get(), png.get(), png.get(), png.get()},
                        StandardCharsets.US_ASCII);
                if (type.equals("pHYs")) {
                    physical = new int[] {png.getInt(), png.getInt(), png.get()};
                } else {
                    png.position(png.position() + length);
                }
                png.getInt(); // CRC (the pHYs branch read exactly its 9 bytes)
            }
            assertThat(physical).as("pHYs chunk of " + stem).isNotNull();
            assertThat(physical[2]).as("unit of " + stem + " (1 = metre)").isEqualTo(1);
            assertThat(Math.round(physical[0] * 0.0254)).as("horizontal dpi of " + stem).isEqualTo(300);
            assertThat(Math.round(physical[1] * 0.0254)).as("vertical dpi of " + stem).isEqualTo(300);
        }
    }

    /**
     * Parsed with the JDK's HTML parser: every image is embedded as a data: URI, every figure is
     * there (its PNG's bytes, base64), every link is to an anchor of the page, and no URL of any
     * kind points outside the file.
     */
    @Test
    void theHtmlReportIsSelfContained() throws IOException {
        String text = Files.readString(html);
        List<String> sources = new ArrayList<>();
        List<String> references = new ArrayList<>();
        HTMLEditorKit.ParserCallback callback = new HTMLEditorKit.ParserCallback() {
            @Override
            public void handleStartTag(HTML.Tag tag, MutableAttributeSet attributes, int position) {
                collect(attributes);
            }

            @Override
            public void handleSimpleTag(HTML.Tag tag, MutableAttributeSet attributes, int position) {
                collect(attributes);
            }

            private void collect(MutableAttributeSet attributes) {
                for (var names = attributes.getAttributeNames(); names.hasMoreElements();) {
                    Object name = names.nextElement();
                    String value = String.valueOf(attributes.getAttribute(name));
                    String key = name.toString().toLowerCase(java.util.Locale.ROOT);
                    if (key.equals("src") || key.equals("xlink:href")) {
                        sources.add(value);
                    } else if (key.equals("href") || key.equals("action") || key.equals("poster")
                            || key.equals("data")) {
                        references.add(value);
                    }
                }
            }
        };
        try (Reader reader = new StringReader(text)) {
            new ParserDelegator().parse(reader, callback, true);
        }
        List<String> stems = figureStems();
        assertThat(sources).hasSize(stems.size()).allSatisfy(src -> assertThat(src).startsWith("data:image/png;base64,"));
        for (String stem : stems) {
            String encoded = Base64.getEncoder().encodeToString(Files.readAllBytes(bundle.resolve("figures/" + stem
                    + ".png")));
            assertThat(sources).as("figure " + stem + " embedded").contains("data:image/png;base64," + encoded);
        }
        assertThat(references).isNotEmpty().allSatisfy(href -> assertThat(href).startsWith("#"));
        assertThat(text).doesNotContainPattern("(?i)https?://").doesNotContainPattern("(?i)(src|href)\\s*=\\s*\"//")
                .doesNotContainPattern("(?i)url\\(").doesNotContainPattern("(?i)<(script|link|iframe|object)\\b")
                .doesNotContainPattern("(?i)@import");
    }

    @Test
    void theMarkdownShowsEveryFigureAndTheLatexIncludesEveryPdf() throws IOException {
        String markdown = Files.readString(bundle.resolve("report.md"));
        String latex = Files.readString(bundle.resolve("report.tex"));
        for (String stem : figureStems()) {
            assertThat(markdown).contains("(figures/" + stem + ".png)");
            assertThat(latex).contains("{\\fleetcastreportdir/figures/" + stem + ".pdf}");
        }
        assertThat(latex).contains("\\begin{tabular}", "\\toprule", "\\midrule", "\\bottomrule")
                .doesNotContain("\\documentclass");
        assertThat(latex.chars().allMatch(c -> c < 128)).as("report.tex is ASCII").isTrue();
    }

    @Test
    void theMethodsRestateTheScenariosAndTheirSeeds() throws IOException {
        String markdown = Files.readString(bundle.resolve("report.md"));
        assertThat(markdown).contains("Study enrollment, 2 runs. Common to all:",
                "12 devices created all at once at 35s over 3 gateways",
                "Assignment by least-connections with the naive discipline",
                "Faults: gateway-1 delete at 2m.",
                "from scenario seed 7 (replication: seed 0: ",
                "Autoscaling: a HorizontalPodAutoscaler on gateway-1, 2 to 10 replicas");
    }

    /** pdflatex on report-standalone.tex, which \inputs report.tex: skipped where there is no pdflatex. */
    @Test
    void theLatexSectionCompiles() throws IOException, InterruptedException {
        Assumptions.assumeTrue(onPath("pdflatex"), "pdflatex is not on PATH: report.tex was not compiled "
                + "(Debian: apt-get install texlive-latex-base texlive-latex-recommended)");
        Process pdflatex = new ProcessBuilder("pdflatex", "-interaction=nonstopmode", "-halt-on-error",
                "-no-shell-escape", "report-standalone.tex").directory(bundle.toFile()).redirectErrorStream(true)
                .redirectOutput(bundle.resolve("pdflatex.log").toFile()).start();
        boolean finished = pdflatex.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            pdflatex.destroyForcibly();
        }
        assertThat(finished).as("pdflatex finished within 2 minutes").isTrue();
        assertThat(pdflatex.exitValue()).as("pdflatex exit code; log:\n" + Files.readString(bundle.resolve(
                "pdflatex.log"))).isZero();
        assertThat(bundle.resolve("report-standalone.pdf")).isNotEmptyFile();
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, program)));
    }
}
