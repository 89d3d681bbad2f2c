package dev.fleetcast.reports.input;

import dev.fleetcast.formats.result.PlatformResultFile;
import dev.fleetcast.formats.result.ResolvedScenario;
import dev.fleetcast.formats.result.RunInfo;
import dev.fleetcast.formats.result.RunSummaryFile;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One run of one scenario, as {@code fleetcast run} writes it into a directory: its
 * replications' result files, and the summary and run information when they are there.
 *
 * @param name the scenario's name
 * @param directory where the files were found
 * @param replications the result files, at least one, ordered by replication index
 * @param summary {@code summary.json}, if present
 * @param runInfo {@code run-info.json} of the run or of a directory above it, if present
 */
public record Run(String name, Path directory, List<PlatformResultFile> replications, Optional<RunSummaryFile> summary,
        Optional<RunInfo> runInfo) {

    public Run {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(runInfo, "runInfo");
        replications = replications.stream().sorted(Comparator.comparingInt(PlatformResultFile::replication)).toList();
        if (replications.isEmpty()) {
            throw new IllegalArgumentException("run " + name + " in " + directory + " has no result files");
        }
    }

    /** The scenario as the first replication restates it (every replication restates the same). */
    public ResolvedScenario scenario() {
        return replications.get(0).scenario();
    }

    /** The first replication, whose trajectories the time-series figures show. */
    public PlatformResultFile first() {
        return replications.get(0);
    }

    /** {@code least-connections (naive)}: the policy and the discipline, which together decide placement. */
    public String policyLabel() {
        return scenario().policy() + " (" + scenario().discipline() + ")";
    }

    /** {@code 100 devices / 5 gateways}. */
    public String configurationLabel() {
        return scenario().devices() + " devices / " + scenario().gateways().size()
                + (scenario().gateways().size() == 1 ? " gateway" : " gateways");
    }
}
