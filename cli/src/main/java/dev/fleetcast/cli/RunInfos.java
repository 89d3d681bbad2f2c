package dev.fleetcast.cli;

import dev.fleetcast.formats.result.RunInfo;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Gathers the facts of this run that cannot repeat: when, where, on which Java. */
final class RunInfos {

    private RunInfos() {
    }

    static RunInfo describe(String version, Instant started, double wallSeconds) {
        return new RunInfo(version, started.truncatedTo(ChronoUnit.MILLIS).toString(), wallSeconds, hostName(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                Runtime.getRuntime().availableProcessors());
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
