package dev.fleetcast.live.device.watch;

import dev.fleetcast.live.device.CredentialSource;
import dev.fleetcast.live.device.DeviceAssignment;
import dev.fleetcast.live.device.DeviceRuntime;
import dev.fleetcast.live.device.GatewayEndpoint;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns what the cluster says about each device into runtime calls: the first endpoint starts the
 * device, a different endpoint moves it, deletion stops it; the same endpoint again (every status
 * write by the gateway shows the device anew) does nothing. A Device without an endpoint yet, or
 * whose endpoint is cleared while it runs (the controller is between gateways), is left as it is:
 * the device keeps trying its last gateway until the controller names a new one.
 *
 * <p>A bad endpoint or missing credentials are counted and remembered as the last problem, never
 * thrown: one broken Device must not stop the fleet. Thread-safe (informer callbacks arrive on one
 * thread, the status line reads from another).
 */
public final class AssignmentTracker {

    private final DeviceRuntime runtime;
    private final CredentialSource credentials;
    private final Map<String, GatewayEndpoint> placed = new HashMap<>();
    private final AtomicLong problems = new AtomicLong();
    private volatile String lastProblem = "";

    public AssignmentTracker(DeviceRuntime runtime, CredentialSource credentials) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    /**
     * The cluster shows device {@code device} assigned to {@code gateway} at {@code endpoint}.
     *
     * @param gateway the gateway's name, or null/empty when the status names none
     * @param endpoint the status's {@code host:port}, or null/blank when not assigned yet
     */
    public synchronized void observed(String device, String gateway, String endpoint) {
        if (endpoint == null || endpoint.isBlank()) {
            return;
        }
        GatewayEndpoint target;
        try {
            target = GatewayEndpoint.parse(endpoint);
        } catch (IllegalArgumentException e) {
            problem("Device " + device + ": status.gateway.endpoint: " + e.getMessage());
            return;
        }
        String gatewayName = gateway == null ? "" : gateway;
        GatewayEndpoint current = placed.get(device);
        if (current == null) {
            try {
                runtime.start(new DeviceAssignment(device, gatewayName, target), credentials.forDevice(device));
                placed.put(device, target);
            } catch (RuntimeException e) {
                problem("Device " + device + ": cannot start: " + e.getMessage());
            }
        } else if (!current.equals(target)) {
            runtime.move(device, gatewayName, target);
            placed.put(device, target);
        }
    }

    /** The Device object {@code device} was deleted. */
    public synchronized void deleted(String device) {
        if (placed.remove(device) != null) {
            runtime.stop(device);
        }
    }

    /** How many devices this tracker has started and not stopped. */
    public synchronized int placedDevices() {
        return placed.size();
    }

    /** Problems seen so far (bad endpoints, devices that could not start). */
    public long problems() {
        return problems.get();
    }

    /** The latest problem's message, or the empty string. */
    public String lastProblem() {
        return lastProblem;
    }

    private void problem(String message) {
        problems.incrementAndGet();
        lastProblem = message;
    }
}
