package dev.fleetcast.reports.document;

import dev.fleetcast.formats.output.OutputException;
import dev.fleetcast.formats.output.ResultFiles;
import dev.fleetcast.reports.figure.FigureEncoder;
import dev.fleetcast.reports.input.ReportInputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a report bundle into a directory: figures/ (each figure as PNG and PDF), report.md,
 * report.html, report.tex and report-standalone.tex. Every file is written whole or not at all
 * ({@link ResultFiles}); the documents come last, so a bundle whose report.html exists is
 * complete. Figures of an earlier report in the same directory that this one does not draw are
 * removed, so figures/ holds exactly the report's figures.
 */
public final class Bundle {

    private final FigureEncoder encoder = new FigureEncoder();

    /**
     * Writes the bundle for {@code inputs} into {@code directory}, creating it if needed.
     *
     * @return the path of report.html
     * @throws OutputException if a file cannot be written
     */
    public Path write(ReportInputs inputs, Path directory) {
        ResultFiles documents = ResultFiles.in(directory);
        ResultFiles figures = ResultFiles.in(directory.resolve("figures"));
        Set<String> written = new HashSet<>();
        Report report = new ReportBuilder(figure -> {
            byte[] png = encoder.png(figure.chart());
            figures.write(figure.id() + ".png", png);
            figures.write(figure.id() + ".pdf", encoder.pdf(figure.chart()));
            written.add(figure.id() + ".png");
            written.add(figure.id() + ".pdf");
            return new WrittenFigure(figure.id(), figure.caption(), png, figure.chart().getWidth());
        }).build(inputs);
        removeStale(figures.directory(), written);
        documents.write("report.md", new MarkdownWriter().write(report));
        documents.write("report.tex", new LatexWriter().write(report));
        documents.write("report-standalone.tex", LatexWriter.standalone());
        return documents.write("report.html", new HtmlWriter().write(report));
    }

    private static void removeStale(Path figures, Set<String> written) {
        try (Stream<Path> files = Files.list(figures)) {
            List<Path> stale = files.filter(p -> {
                String name = p.getFileName().toString();
                return (name.endsWith(".png") || name.endsWith(".pdf")) && !written.contains(name);
            }).toList();
            for (Path file : stale) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new OutputException("cannot tidy " + figures + ": " + e.getMessage());
        }
    }

    /** For tests: the figure ids a bundle for {@code inputs} draws, without writing anything. */
    static List<String> figureIds(ReportInputs inputs) {
        List<String> ids = new java.util.ArrayList<>();
        new ReportBuilder(figure -> {
            ids.add(figure.id());
            return new WrittenFigure(figure.id(), figure.caption(), new byte[0], figure.chart().getWidth());
        }).build(inputs);
        return ids;
    }
}
