package dev.fleetcast.live.run;

import dev.fleetcast.live.run.trace.FleetState;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How a live run ended.
 *
 * @param end why it ended
 * @param fleet the fleet at the end
 * @param trace the trace file written
 * @param deleted the objects the run deleted when cleaning up, as {@code Kind/name}
 * @param errors what went wrong on the way, for people (a failed run throws instead)
 */
public record RunOutcome(End end, FleetState fleet, Path trace, List<String> deleted, List<String> errors) {

    /** Why a run ended. */
    public enum End {
        /** Every device was Connected to a Running gateway, after every planned action, for the settle time. */
        SETTLED,
        /** The timeout came first. */
        TIMED_OUT,
        /** It was stopped (Ctrl-C). */
        STOPPED
    }

    public RunOutcome {
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(fleet, "fleet");
        Objects.requireNonNull(trace, "trace");
        deleted = List.copyOf(deleted);
        errors = List.copyOf(errors);
    }
}
