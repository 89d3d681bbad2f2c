package dev.fleetcast.cli;

import dev.fleetcast.sim.stats.LatencySummaries;
import dev.fleetcast.experiments.platform.PlatformExperiment;
import dev.fleetcast.experiments.platform.ReplicationMetrics;
import dev.fleetcast.experiments.run.ReplicationResult;
import dev.fleetcast.formats.output.ResultFiles;
import dev.fleetcast.formats.result.PlatformResultJson;
import dev.fleetcast.formats.result.RunSummary;
import dev.fleetcast.model.result.PlatformOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes a platform experiment's files: one result per replication, summary.csv and summary.json. */
final class ExperimentFiles {

    private ExperimentFiles() {
    }

    /**
     * What was written that callers show.
     *
     * @param failures the failed replications' messages
     * @param summaryJson the text of summary.json
     */
    record Written(List<String> failures, String summaryJson) {
    }

    /** Writes the files into {@code files}. */
    static Written write(ResultFiles files, PlatformExperiment.Result result, String version) {
        PlatformResultJson writer = new PlatformResultJson(LatencySummaries::of);
        List<String> failures = new ArrayList<>();
        for (ReplicationResult<PlatformOutcome> replication : result.replications()) {
            if (replication instanceof ReplicationResult.Succeeded<PlatformOutcome> succeeded) {
                files.write(String.format(Locale.ROOT, "replication-%03d.json", succeeded.replication()),
                        writer.write(result.scenario(), result.seed(), succeeded.replication(), succeeded.seed(),
                                succeeded.value(), version, ReplicationMetrics.values(result.scenario(), succeeded.value())));
            } else {
                failures.add(((ReplicationResult.Failed<PlatformOutcome>) replication).message());
            }
        }
        files.write("summary.csv", RunSummary.csv(result.summary()));
        String summaryJson = new RunSummary().json(result.scenario().name(), result.seed(),
                result.replications().size(), failures, result.summary(), version);
        files.write("summary.json", summaryJson);
        return new Written(failures, summaryJson);
    }
}
