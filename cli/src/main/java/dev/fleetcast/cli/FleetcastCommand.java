package dev.fleetcast.cli;

import dev.fleetcast.formats.output.OutputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code fleetcast} command: it only dispatches to subcommands. */
@Command(name = "fleetcast",
        mixinStandardHelpOptions = true,
        versionProvider = FleetcastVersion.class,
        description = "Predicts how an IoT device fleet on Kubernetes behaves, by calibrated discrete-event "
                + "simulation, and checks the prediction live.",
        subcommands = {VersionCommand.class, DemoCommand.class, RunCommand.class, ValidateCommand.class,
                HpaCommand.class, CalibrateCommand.class, InferCommand.class, PlanCommand.class, CompareCommand.class,
                ReportCommand.class, LiveCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success",
                  "  1  runtime failure (a bug or a failed run)",
                  "  2  usage error (unknown command or option, bad option value)",
                  "  3  input or output problem (missing, malformed or unwritable file)"})
public final class FleetcastCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed");
    }

    /** The command line with fleetcast's error handling: one clear line and an exit code. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new FleetcastCommand());
        commandLine.setParameterExceptionHandler(FleetcastCommand::usageError);
        commandLine.setExecutionExceptionHandler(FleetcastCommand::failure);
        return commandLine;
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("fleetcast: " + e.getMessage());
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help'.");
        return ExitCodes.USAGE;
    }

    private static int failure(Exception e, CommandLine command, CommandLine.ParseResult parseResult) {
        PrintWriter err = command.getErr();
        if (e instanceof UserInputException || e instanceof OutputException) {
            err.println("fleetcast: " + e.getMessage());
            return ExitCodes.INPUT;
        }
        if (e instanceof ReplicationsFailedException) {
            err.println("fleetcast: " + e.getMessage());
            return ExitCodes.RUNTIME;
        }
        // Not the user's doing: say so, and keep the trace, because a developer needs it.
        err.println("fleetcast: internal error: " + e);
        e.printStackTrace(err);
        return ExitCodes.RUNTIME;
    }
}
