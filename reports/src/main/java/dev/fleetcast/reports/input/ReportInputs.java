package dev.fleetcast.reports.input;

import dev.fleetcast.formats.calibration.CalibrationDetails;
import dev.fleetcast.formats.comparison.LiveComparison;
import java.util.List;

/**
 * Everything a report draws from, read and validated.
 *
 * @param given the paths as the user gave them
 * @param studies runs grouped by the directory they were found in, in path order
 * @param calibrations calibration files, in path order
 * @param comparisons predicted-versus-observed comparisons ({@code live-comparison.json}), in path order
 * @param skipped files found but not drawn, each with the reason (a file of another kind)
 */
public record ReportInputs(List<String> given, List<Study> studies, List<CalibrationDetails> calibrations,
        List<LiveComparison> comparisons, List<String> skipped) {

    public ReportInputs {
        given = List.copyOf(given);
        studies = List.copyOf(studies);
        calibrations = List.copyOf(calibrations);
        comparisons = List.copyOf(comparisons);
        skipped = List.copyOf(skipped);
        if (studies.isEmpty() && calibrations.isEmpty() && comparisons.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one run, calibration or comparison");
        }
    }

    /** Inputs without comparisons. */
    public ReportInputs(List<String> given, List<Study> studies, List<CalibrationDetails> calibrations,
            List<String> skipped) {
        this(given, studies, calibrations, List.of(), skipped);
    }

    /** Every run of every study. */
    public List<Run> runs() {
        return studies.stream().flatMap(s -> s.runs().stream()).toList();
    }
}
