package dev.fleetcast.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code fleetcast live}: the same assignment code against a cluster — certificates, the
 * controller, gateways, device fleets, runs, comparisons with a prediction. Each subcommand
 * adds itself to the list below.
 */
@Command(name = "live", mixinStandardHelpOptions = true,
        description = "Runs fleetcast's controller, gateways and devices against a Kubernetes cluster "
                + "(or the test stand-in) and compares what happens with a prediction.",
        subcommands = {LiveCertsCommand.class, LiveStandInCommand.class, LiveControllerCommand.class,
                LiveGatewayCommand.class, LiveDevicesCommand.class, LiveRunCommand.class, LiveSnapshotCommand.class,
                LiveCompareCommand.class})
final class LiveCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a subcommand is needed: " + String.join(", ", spec.subcommands().keySet()));
    }
}
