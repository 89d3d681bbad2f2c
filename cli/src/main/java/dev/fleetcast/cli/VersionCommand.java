package dev.fleetcast.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code fleetcast version}: the version, and the Java runtime it runs on. */
@Command(name = "version", mixinStandardHelpOptions = true,
        description = "Prints fleetcast's version and the Java runtime it runs on.")
final class VersionCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().getOut().println("fleetcast " + FleetcastVersion.get() + " (Java "
                + System.getProperty("java.runtime.version") + ", " + System.getProperty("java.vm.name") + ")");
    }
}
