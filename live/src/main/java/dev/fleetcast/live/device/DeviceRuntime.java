package dev.fleetcast.live.device;

/**
 * Plays many devices of a live run. Each device is started on its assigned gateway, moved when the
 * controller assigns it elsewhere, and stopped when its Device object goes away. What happens to a
 * device (enrolled, connected, re-enrolled, connection dropped) is reported as model's
 * {@link dev.fleetcast.model.timeline.DeviceEvent}s to the sink the runtime was built with.
 *
 * <p>Calls return at once; the work (connecting, enrolling) happens in the background. All
 * methods are safe to call from any thread. Starting a device that runs, or moving or stopping one
 * that does not, is not an error: the watcher that feeds a runtime sees the same object several
 * times, so every method is idempotent by device name.
 */
public interface DeviceRuntime extends AutoCloseable {

    /** A short name of the implementation, as the command line spells it ({@code agent}, {@code renode}). */
    String name();

    /**
     * Whether this runtime can run here; when it cannot, {@link Availability#reason()} says why and
     * what to install.
     */
    Availability availability();

    /**
     * Starts a device: connect to its gateway with its credentials and enroll. Does nothing if the
     * device already runs (use {@link #move} to change its gateway).
     */
    void start(DeviceAssignment assignment, DeviceCredentials credentials);

    /**
     * Moves a running device to another gateway: it leaves the old one and enrolls again with the
     * new ({@code RE_ENROLLED}). Does nothing if the device does not run or is already there.
     */
    void move(String device, String gateway, GatewayEndpoint endpoint);

    /** Stops a device and closes its connection. Does nothing if it does not run. */
    void stop(String device);

    /** Counts over the devices this runtime plays, at the moment of the call. */
    RuntimeStatus status();

    /** Stops every device and releases the runtime's threads and sockets; waits for them to close. */
    @Override
    void close();

    /**
     * Whether a runtime can run on this machine.
     *
     * @param available true when it can
     * @param reason when it cannot: what is missing and how to get it; otherwise a short note
     */
    record Availability(boolean available, String reason) {

        public Availability {
            java.util.Objects.requireNonNull(reason, "reason");
        }

        public static Availability yes(String note) {
            return new Availability(true, note);
        }

        public static Availability no(String reason) {
            return new Availability(false, reason);
        }
    }
}
