package dev.fleetcast.sim.gateway;

import dev.fleetcast.model.result.LoadSample;
import dev.fleetcast.model.result.MessageOutcome;
import dev.fleetcast.model.scenario.MessageLoad;
import dev.fleetcast.sim.kernel.Engine;
import dev.fleetcast.sim.random.RandomStreams;
import dev.fleetcast.sim.stats.LatencySummaries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The message load on every gateway: one {@link MessageQueue} per gateway (one replica each
 * for now), fed by the devices connected to it. Told of connections as they change; sampled
 * at the run's sampling interval.
 *
 * <p>Random streams: {@code gateway-<name>/arrivals} and {@code gateway-<name>/service}.
 */
public final class GatewayLoad {

    private final Engine engine;
    private final Map<String, MessageQueue> queues = new LinkedHashMap<>();
    private final Map<String, Integer> connected = new LinkedHashMap<>();
    private final LatencySummaries waits = new LatencySummaries();
    private final LatencySummaries responses = new LatencySummaries();
    private final List<LoadSample> samples = new ArrayList<>();
    private final long[] busyAtLastSample;
    private long lastSample;

    public GatewayLoad(Engine engine, MessageLoad load, RandomStreams streams, List<String> gateways) {
        this.engine = engine;
        for (String gateway : gateways) {
            queues.put(gateway, new MessageQueue(engine, load.workers(), load.serviceTime(), load.profile(),
                    streams.stream("gateway-" + gateway + "/arrivals"), streams.stream("gateway-" + gateway + "/service"),
                    (arrived, started, finished) -> {
                        waits.record(started - arrived);
                        responses.record(finished - arrived);
                    }));
            connected.put(gateway, 0);
        }
        busyAtLastSample = new long[gateways.size()];
    }

    /** A device's connection to {@code gateway} opened. */
    public void connected(String gateway) {
        change(gateway, 1);
    }

    /** A device's connection to {@code gateway} closed. */
    public void disconnected(String gateway) {
        change(gateway, -1);
    }

    private void change(String gateway, int delta) {
        int devices = connected.merge(gateway, delta, Integer::sum);
        queues.get(gateway).setSources(devices);
    }

    /** Records utilization since the previous sample, and queue lengths now. */
    public void sample() {
        long now = engine.now();
        double[] utilization = new double[queues.size()];
        int[] queued = new int[queues.size()];
        int i = 0;
        for (MessageQueue queue : queues.values()) {
            long busy = queue.busyNanos();
            long span = now - lastSample;
            utilization[i] = span > 0 ? (busy - busyAtLastSample[i]) / ((double) span * queue.servers()) : 0;
            busyAtLastSample[i] = busy;
            queued[i] = queue.queued();
            i++;
        }
        lastSample = now;
        samples.add(new LoadSample(now, utilization, queued));
    }

    /** What the queues did so far. */
    public MessageOutcome outcome() {
        long completed = queues.values().stream().mapToLong(MessageQueue::completed).sum();
        return new MessageOutcome(samples, waits.summary(), responses.summary(), completed);
    }
}
