package dev.fleetcast.sim.gateway;

import java.util.LinkedHashSet;
import java.util.Set;
import org.HdrHistogram.Histogram;

/**
 * One replica (pod) of a gateway's Deployment: its message queue, the device connections it
 * holds, and what the metrics pipeline last read of it.
 */
public final class GatewayReplica {

    private final String name;
    private final MessageQueue queue;
    private final long startedNanos;
    private long readyNanos = -1;
    private boolean terminating;
    private final Set<String> devices = new LinkedHashSet<>();
    /** Latencies since the last scrape (three significant digits), for the P95 a scaler may read. */
    private final Histogram windowLatencies = new Histogram(3);

    GatewayReplica(String name, MessageQueue queue, long startedNanos) {
        this.name = name;
        this.queue = queue;
        this.startedNanos = startedNanos;
    }

    public String name() {
        return name;
    }

    public MessageQueue queue() {
        return queue;
    }

    public long startedNanos() {
        return startedNanos;
    }

    /** When it became ready, or -1 while it starts. */
    public long readyNanos() {
        return readyNanos;
    }

    public boolean ready() {
        return readyNanos >= 0;
    }

    /** Marked for deletion: it takes no new connection and leaves after its drain period. */
    public boolean terminating() {
        return terminating;
    }

    /** Device connections it holds now. */
    public int connections() {
        return devices.size();
    }

    void markReady(long now) {
        readyNanos = now;
    }

    void markTerminating() {
        terminating = true;
    }

    Set<String> devices() {
        return devices;
    }

    void recordLatency(long nanos) {
        windowLatencies.recordValue(nanos);
    }

    /** The P95 of latencies since the last call (0 when none), and starts a new window. */
    public long takeWindowP95() {
        long p95 = windowLatencies.getTotalCount() == 0 ? 0 : windowLatencies.getValueAtPercentile(95);
        windowLatencies.reset();
        return p95;
    }
}
