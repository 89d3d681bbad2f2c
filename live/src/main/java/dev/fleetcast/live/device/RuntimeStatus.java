package dev.fleetcast.live.device;

/**
 * A snapshot of a runtime's devices.
 *
 * @param started devices currently started (not stopped)
 * @param enrolled devices that completed enrollment at least once since they were started
 * @param connected devices currently enrolled with their gateway and heartbeating
 * @param heartbeatsAcknowledged heartbeats the gateways acknowledged, over the runtime's life
 * @param drops connections lost without the runtime asking, over the runtime's life
 * @param errors failures (refused handshakes, rejected enrollments, protocol errors), over its life
 * @param lastError the latest failure's message, or the empty string
 */
public record RuntimeStatus(int started, int enrolled, int connected, long heartbeatsAcknowledged, long drops,
        long errors, String lastError) {

    public RuntimeStatus {
        java.util.Objects.requireNonNull(lastError, "lastError");
        if (started < 0 || enrolled < 0 || connected < 0 || heartbeatsAcknowledged < 0 || drops < 0 || errors < 0) {
            throw new IllegalArgumentException("runtime status: negative count in " + started + "/" + enrolled
                    + "/" + connected + "/" + heartbeatsAcknowledged + "/" + drops + "/" + errors);
        }
    }

    /** One line for a terminal: {@code started 200 enrolled 200 connected 198 heartbeats 4000 drops 2 errors 0}. */
    public String line() {
        String line = "started " + started + "  enrolled " + enrolled + "  connected " + connected
                + "  heartbeats " + heartbeatsAcknowledged + "  drops " + drops + "  errors " + errors;
        return lastError.isEmpty() ? line : line + "  (last error: " + lastError + ")";
    }
}
