package dev.fleetcast.cli;

/**
 * The exit codes of every {@code fleetcast} command, as the README documents them.
 */
public final class ExitCodes {

    /** The command did what was asked. */
    public static final int OK = 0;
    /** The run failed for a reason that is not the user's input: a bug or a failed computation. */
    public static final int RUNTIME = 1;
    /** The command line was wrong: an unknown command or option, a missing or malformed value. */
    public static final int USAGE = 2;
    /** An input or output file was wrong: missing, malformed, impossible, or not writable. */
    public static final int INPUT = 3;

    private ExitCodes() {
    }
}
