package dev.fleetcast.cli;

import picocli.CommandLine;

/** The {@code fleetcast} command's entry point. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(FleetcastCommand.commandLine().execute(args));
    }
}
