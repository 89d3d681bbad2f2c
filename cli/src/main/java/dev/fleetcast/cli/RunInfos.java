package dev.fleetcast.cli;

import dev.fleetcast.formats.result.InputFile;
import dev.fleetcast.formats.result.RunInfo;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Gathers the facts of this run that cannot repeat: when, where, on which Java. */
final class RunInfos {

    private RunInfos() {
    }

    static RunInfo describe(String version, Instant started, double wallSeconds) {
        return describe(version, started, wallSeconds, List.of());
    }

    static RunInfo describe(String version, Instant started, double wallSeconds, List<InputFile> inputs) {
        return new RunInfo(version, started.truncatedTo(ChronoUnit.MILLIS).toString(), wallSeconds, hostName(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                Runtime.getRuntime().availableProcessors(), inputs);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
