package dev.fleetcast.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code fleetcast hpa}: the HorizontalPodAutoscaler as Kubernetes computes it. */
@Command(name = "hpa", mixinStandardHelpOptions = true,
        description = "The HorizontalPodAutoscaler as Kubernetes 1.35 computes it.",
        subcommands = {HpaExplainCommand.class})
final class HpaCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed: explain");
    }
}
