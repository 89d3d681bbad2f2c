package dev.fleetcast.reports.input;

import dev.fleetcast.formats.calibration.CalibrationDetails;
import java.util.List;

/**
 * Everything a report draws from, read and validated.
 *
 * @param given the paths as the user gave them
 * @param studies runs grouped by the directory they were found in, in path order
 * @param calibrations calibration files, in path order
 * @param skipped files found but not drawn, each with the reason (a file of another kind)
 */
public record ReportInputs(List<String> given, List<Study> studies, List<CalibrationDetails> calibrations,
        List<String> skipped) {

    public ReportInputs {
        given = List.copyOf(given);
        studies = List.copyOf(studies);
        calibrations = List.copyOf(calibrations);
        skipped = List.copyOf(skipped);
        if (studies.isEmpty() && calibrations.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one run or calibration");
        }
    }

    /** Every run of every study. */
    public List<Run> runs() {
        return studies.stream().flatMap(s -> s.runs().stream()).toList();
    }
}
