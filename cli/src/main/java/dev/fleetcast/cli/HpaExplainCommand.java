package dev.fleetcast.cli;

import dev.fleetcast.formats.hpa.HpaDecisionJson;
import dev.fleetcast.formats.hpa.HpaExplanation;
import dev.fleetcast.formats.hpa.HpaManifest;
import dev.fleetcast.formats.hpa.HpaManifestReader;
import dev.fleetcast.formats.hpa.HpaSnapshotFile;
import dev.fleetcast.formats.hpa.HpaSnapshotReader;
import dev.fleetcast.formats.validation.InvalidFileException;
import dev.fleetcast.model.hpa.HpaController;
import dev.fleetcast.model.hpa.HpaDecision;
import java.nio.file.Path;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fleetcast hpa explain}: one reconcile of an HPA manifest on a snapshot, step by step. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Computes what the HPA controller decides at one reconcile and prints the desired replica "
                + "count and every step that led to it: pod groups, ratios and tolerance, filled-in pods, each "
                + "metric's proposal, how they combine, stabilization, the policy or clamp that limited it, and "
                + "the conditions the HPA would report. See docs/hpa.md for the snapshot format."})
final class HpaExplainCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MANIFEST", description = "The HPA manifest (autoscaling/v2, YAML).")
    Path manifest;

    @Parameters(index = "1", paramLabel = "SNAPSHOT", description = "What the controller sees at the reconcile (JSON).")
    Path snapshot;

    @Option(names = "--json", description = "Print the decision as JSON, including the history the next reconcile"
            + " takes (nextReconcile.history).")
    boolean json;

    @Override
    public void run() {
        HpaManifest hpa = read(() -> new HpaManifestReader().read(manifest));
        HpaSnapshotFile file = read(() -> new HpaSnapshotReader().read(snapshot));
        HpaDecision decision = new HpaController(file.settings()).reconcile(hpa.spec(), file.snapshot());
        spec.commandLine().getOut().print(json ? new HpaDecisionJson().write(hpa, decision, file.settings())
                : HpaExplanation.of(hpa, decision));
        spec.commandLine().getOut().flush();
    }

    private static <T> T read(Supplier<T> reader) {
        try {
            return reader.get();
        } catch (InvalidFileException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
