package dev.fleetcast.model.scenario;

import dev.fleetcast.model.assignment.AssignmentPolicy;
import dev.fleetcast.model.discipline.Discipline;
import dev.fleetcast.model.distribution.UniformDuration;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Defaults taken from what WASMBED's sources and its kind-cluster reports say, used where a
 * scenario leaves a value out (until a calibration file provides a measured one).
 *
 * <ul>
 *   <li>heartbeats every 30 s, the monitor every 30 s, Unreachable after 90 s (the gateway's
 *       monitor); the device controller requeues every 30 s;</li>
 *   <li>gateway rollout 10–30 s and pod start-up 20–40 s (reported ranges, taken as uniform);</li>
 *   <li>LIST of devices: 112 ms mean at 40 devices and 159 ms at 100, i.e. about 0.8 ms a
 *       device on top of about 80 ms (taken as uniform 60–100 ms + 0.8 ms a device);</li>
 *   <li>not reported, and assumed until calibrated: API writes 10–40 ms, watch delay
 *       5–50 ms, handshake 100–500 ms, gateway failure noticed 5–15 s, reconnect backoff
 *       from 1 s doubling to 30 s.</li>
 * </ul>
 */
public final class WasmbedDefaults {

    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;

    private WasmbedDefaults() {
    }

    public static Latencies latencies() {
        return new Latencies(
                new UniformDuration(10 * MS, 40 * MS),
                new UniformDuration(60 * MS, 100 * MS),
                800_000L,
                new UniformDuration(5 * MS, 50 * MS),
                new UniformDuration(20 * S, 40 * S),
                new UniformDuration(100 * MS, 500 * MS),
                new UniformDuration(5 * S, 15 * S),
                new UniformDuration(10 * S, 30 * S));
    }

    public static HeartbeatSettings heartbeat() {
        return new HeartbeatSettings(30 * S, 30 * S, 90 * S, S, 30 * S);
    }

    /** {@code gateway-1} … {@code gateway-n} with maxDevices 100, weight 1, no region. */
    public static List<GatewaySpec> gateways(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("gateway count must be at least 1, was " + count);
        }
        return IntStream.rangeClosed(1, count).mapToObj(i -> GatewaySpec.named("gateway-" + i)).toList();
    }

    /** A controller with the given policy and discipline, 30 s requeue. */
    public static ControllerSettings controller(AssignmentPolicy policy, Discipline discipline, int workers,
            ReadMode readMode, FailoverTrigger trigger) {
        return new ControllerSettings(policy, discipline, workers, readMode, 30 * S, trigger);
    }
}
