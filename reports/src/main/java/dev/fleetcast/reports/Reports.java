package dev.fleetcast.reports;

import dev.fleetcast.formats.output.OutputException;
import dev.fleetcast.reports.document.Bundle;
import dev.fleetcast.reports.input.InputScanner;
import dev.fleetcast.reports.input.ReportInputs;
import java.nio.file.Path;
import java.util.List;

/**
 * The one entry point: a report bundle from result files.
 *
 * <pre>
 * Path html = Reports.write(List.of(Path.of("fleetcast-out/demo")), Path.of("fleetcast-out/demo/report"));
 * </pre>
 *
 * Reads only files — it never runs a simulation — and may be called from several threads at
 * once for different output directories.
 */
public final class Reports {

    private Reports() {
    }

    /**
     * Reads {@code inputs} — result directories as {@code fleetcast run} and {@code fleetcast demo}
     * write them, replication result files, calibration files — and writes the report bundle into
     * {@code outputDirectory} (docs/reports.md). The output directory may lie inside an input;
     * it is not read.
     *
     * @return the path of the bundle's report.html
     * @throws ReportInputException if an input is missing, foreign or damaged, or holds nothing
     *     to report; the message names every such file
     * @throws OutputException if the bundle cannot be written
     */
    public static Path write(List<Path> inputs, Path outputDirectory) {
        if (inputs.isEmpty()) {
            throw new ReportInputException("no inputs: give result directories or calibration files");
        }
        ReportInputs read = new InputScanner().scan(inputs, outputDirectory);
        return new Bundle().write(read, outputDirectory);
    }
}
