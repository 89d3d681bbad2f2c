package dev.fleetcast.sim.autoscaling;

import dev.fleetcast.model.scenario.ReplicaResources;
import dev.fleetcast.sim.gateway.GatewayReplica;
import dev.fleetcast.sim.gateway.ScaleTarget;
import dev.fleetcast.sim.kernel.Engine;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * metrics-server for one gateway's Deployment: every scrape interval it reads each replica's
 * CPU use (mean over the window since its previous scrape, from the queue's busy
 * worker-time through {@link ReplicaResources}), memory (from its connections) and the P95 of
 * its message response times over the window. Autoscalers read the latest sample, so what
 * they see lags the load by up to one scrape interval — as on a cluster.
 */
public final class MetricsPipeline {

    private final Engine engine;
    private final ScaleTarget deployment;
    private final ReplicaResources resources;
    private final long intervalNanos;
    private final Map<String, ResourceSample> latest = new HashMap<>();
    private final Map<String, long[]> lastRead = new HashMap<>();
    private final long latencyTargetNanos;
    private long aboveLatencyTarget;
    private double arrivalRate = Double.NaN;
    private long lastScrape;

    /**
     * @param latencyTargetNanos the P95 response time the gateway should stay under; windows in
     *     which some replica exceeds it are counted
     */
    public MetricsPipeline(Engine engine, ScaleTarget deployment, ReplicaResources resources, long intervalNanos,
            long latencyTargetNanos) {
        this.latencyTargetNanos = latencyTargetNanos;
        this.engine = engine;
        this.deployment = deployment;
        this.resources = resources;
        this.intervalNanos = intervalNanos;
    }

    /** Starts scraping every interval from one interval after now. */
    public void start() {
        lastScrape = engine.now();
        engine.scheduleAfter(intervalNanos, this::scrape);
    }

    /** The latest sample of {@code replica}, if it has been scraped since it started. */
    public Optional<ResourceSample> latest(String replica) {
        return Optional.ofNullable(latest.get(replica));
    }

    /** Messages per second arriving at the whole gateway over the last scrape window (NaN before the first). */
    public double arrivalRate() {
        return arrivalRate;
    }

    /** Scrape windows in which some replica's P95 response time was above the latency target, summed. */
    public long aboveLatencyTargetNanos() {
        return aboveLatencyTarget;
    }

    public ReplicaResources resources() {
        return resources;
    }

    private void scrape() {
        long now = engine.now();
        long arrived = 0;
        long worstP95 = 0;
        Map<String, long[]> seen = new HashMap<>();
        for (GatewayReplica replica : deployment.replicas()) {
            long[] previous = lastRead.getOrDefault(replica.name(), new long[] {replica.startedNanos(), 0, 0});
            long busy = replica.queue().busyNanos();
            long window = now - previous[0];
            double busyWorkers = window > 0 ? (busy - previous[1]) / (double) window : 0;
            long p95 = replica.takeWindowP95();
            worstP95 = Math.max(worstP95, p95);
            latest.put(replica.name(), new ResourceSample(now, window, resources.cpuMillis(busyWorkers),
                    resources.memoryBytes(replica.connections()), p95));
            arrived += replica.queue().arrived() - previous[2];
            seen.put(replica.name(), new long[] {now, busy, replica.queue().arrived()});
        }
        lastRead.clear();
        lastRead.putAll(seen);
        latest.keySet().retainAll(seen.keySet());
        if (worstP95 > latencyTargetNanos) {
            aboveLatencyTarget += now - lastScrape;
        }
        arrivalRate = arrived / ((now - lastScrape) / 1e9);
        lastScrape = now;
        engine.scheduleAfter(intervalNanos, this::scrape);
    }
}
