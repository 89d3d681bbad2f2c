package dev.fleetcast.cli;

import dev.fleetcast.experiments.demo.DemoStudy;
import dev.fleetcast.formats.output.ResultFiles;
import dev.fleetcast.formats.result.GatewayCountsCsv;
import dev.fleetcast.formats.result.RunInfoJson;
import dev.fleetcast.formats.result.SteadyCreationResultJson;
import dev.fleetcast.model.result.SteadyCreationResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code fleetcast demo}: runs the built-in default study and writes its files under one
 * directory.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs the built-in default study and writes everything it produces under one directory:",
                "100 devices created one per second, assigned round-robin over 5 gateways, each enrolling "
                        + "after a pod start-up uniform between 20 s and 40 s.",
                "Files: result.json (reproducible for a seed), gateway-counts.csv, run-info.json (wall time, host)."})
final class DemoCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "fleetcast-out/demo",
            description = "Directory to write into, created if missing (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + DemoStudy.DEFAULT_SEED,
            description = "Seed of the run; the same seed gives the same result.json (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        String version = FleetcastVersion.get();
        ResultFiles files = ResultFiles.in(output); // fail on a bad path before running anything
        Instant started = Instant.now();
        long startNanos = System.nanoTime();

        SteadyCreationResult result = DemoStudy.run(DemoStudy.defaultFleet(), seed);

        double wallSeconds = (System.nanoTime() - startNanos) / 1e9;
        files.write("result.json", new SteadyCreationResultJson().write(result, version));
        files.write("gateway-counts.csv", GatewayCountsCsv.write(result.outcome()));
        files.write("run-info.json", new RunInfoJson().write(RunInfos.describe(version, started, wallSeconds)));

        out.print(DemoSummary.format(result));
        out.println("Output written to " + files.directory().toAbsolutePath().normalize());
        out.flush();
    }
}
