package dev.fleetcast.cli;

import dev.fleetcast.reports.ReportInputException;
import dev.fleetcast.reports.Reports;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fleetcast report RESULTS… --output DIR}: the report bundle (report.html, report.md,
 * report.tex, figures/) from result directories and calibration files; wiring only — reports/
 * does the work (docs/reports.md).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Draws figures and writes a report bundle from result files: report.html (self-contained), "
                + "report.md, report.tex (a section to \\input into LaTeX) and figures/ (PNG at 300 dpi and PDF). "
                + "RESULTS are directories as fleetcast run and fleetcast demo write them, replication result files "
                + "and calibration files. Prints the path of report.html. See docs/reports.md."})
final class ReportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "RESULTS", description = "Result directories or calibration files.")
    List<Path> results;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
            description = "Directory to write the bundle into, created if missing.")
    Path output;

    @Override
    public void run() {
        Path html;
        try {
            html = Reports.write(results, output);
        } catch (ReportInputException e) {
            throw new UserInputException(e.getMessage());
        }
        spec.commandLine().getOut().println(html);
    }
}
