package dev.fleetcast.cli;

import dev.fleetcast.calibration.Calibrator;
import dev.fleetcast.calibration.QuantityNotFittedException;
import dev.fleetcast.calibration.fit.FitOptions;
import dev.fleetcast.experiments.demo.ExampleCalibration;
import dev.fleetcast.formats.DistributionSpecs;
import dev.fleetcast.formats.calibration.CalibratedQuantity;
import dev.fleetcast.formats.calibration.CalibrationWriter;
import dev.fleetcast.formats.foreign.ObservationReader;
import dev.fleetcast.formats.output.ResultFiles;
import dev.fleetcast.formats.validation.InvalidFileException;
import dev.fleetcast.model.observed.ObservedQuantities;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fleetcast calibrate TRACE…}: reads traces (fleetcast traces, WASMBED collector JSON,
 * kubectl pods and events dumps, CSV of samples — recognised by content), fits every quantity
 * the simulator uses, prints a summary table and writes a calibration file that scenarios name.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fits the simulator's timing from traces: fleetcast traces, WASMBED collector JSON, "
                + "kubectl get pods/events -o json, CSV with units in the header (docs/traces.md). Writes a "
                + "calibration file (docs/formats.md) and prints quantity, samples, chosen fit and KS p-value."})
final class CalibrateCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "TRACE", description = "Trace files to read.")
    List<Path> traces;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "fleetcast-out/calibration.yaml",
            description = "The calibration file to write (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the parametric bootstrap (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "199",
            description = "Bootstrap replicates for p-values, intervals and draws; 0 for none (default: ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(names = "--empirical-fallback",
            description = "Use the empirical distribution for a quantity with under 10 samples instead of refusing.")
    boolean empiricalFallback;

    @Override
    public void run() {
        if (bootstrap < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bootstrap must be 0 or more, was " + bootstrap);
        }
        Path file = output.toAbsolutePath().normalize();
        ResultFiles files = ResultFiles.in(file.getParent());
        ObservationReader reader = new ObservationReader();
        List<ObservedQuantities> observations = new ArrayList<>();
        // In name order, whatever order the shell globbed them in: the file must not depend on it.
        for (Path trace : traces.stream().sorted().toList()) {
            try {
                observations.add(reader.read(trace));
            } catch (InvalidFileException e) {
                throw new UserInputException(e.getMessage());
            }
        }
        Calibrator.Result result;
        try {
            result = new Calibrator(FitOptions.seeded(seed).withBootstrapReplicates(bootstrap)
                    .withEmpiricalFallback(empiricalFallback)).calibrate(observations);
        } catch (QuantityNotFittedException e) {
            throw new UserInputException(e.getMessage() + " (use --empirical-fallback to take the samples as they are)");
        }
        if (result.quantities().isEmpty()) {
            throw new UserInputException("none of the " + traces.size() + " files observed a quantity the simulator uses "
                    + "(docs/traces.md lists what each kind of file gives)");
        }
        String source = ExampleCalibration.source(seed, bootstrap, traces.size());
        files.write(file.getFileName().toString(), new CalibrationWriter().write(source, result.quantities()));
        spec.commandLine().getOut().print(table(result, observations));
        spec.commandLine().getOut().println("Calibration written to " + file);
    }

    static String table(Calibrator.Result result, List<ObservedQuantities> observations) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%-15s %6s  %-60s %8s%n", "quantity", "n", "chosen fit", "KS p"));
        for (CalibratedQuantity q : result.quantities()) {
            String p = q.fit().filter(f -> f.bootstrapReplicates() > 0)
                    .map(f -> String.format(Locale.ROOT, "%.3f", f.ksPValue())).orElse("—");
            int samples = q.sources().stream().mapToInt(CalibratedQuantity.SourceReference::samples).sum();
            text.append(String.format(Locale.ROOT, "%-15s %6d  %-60s %8s%n", q.name(), samples,
                    DistributionSpecs.describe(q.distribution()), p));
            q.warnings().forEach(w -> text.append("    warning: ").append(w).append('\n'));
        }
        for (ObservedQuantities observed : observations) {
            observed.split().ifPresent(split -> text.append("split observed in ").append(observed.source().path())
                    .append(": ").append(split.shorthand()).append('\n'));
        }
        result.notes().forEach(n -> text.append("note: ").append(n).append('\n'));
        return text.toString();
    }
}
