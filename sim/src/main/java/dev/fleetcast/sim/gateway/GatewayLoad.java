package dev.fleetcast.sim.gateway;

import dev.fleetcast.model.distribution.DurationDistribution;
import dev.fleetcast.model.distribution.UniformDuration;
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
import java.util.function.Consumer;

/**
 * The message load on every gateway: a {@link GatewayDeployment} per gateway, fed by the
 * devices connected to it. Told of connections as they open and close; sampled at the run's
 * sampling interval.
 */
public final class GatewayLoad {

    /** How one gateway's Deployment starts and changes. */
    public record DeploymentSettings(int initialReplicas, DurationDistribution replicaStartup, long drainNanos) {
    }

    private final Engine engine;
    private final Map<String, GatewayDeployment> deployments = new LinkedHashMap<>();
    private final LatencySummaries waits = new LatencySummaries();
    private final LatencySummaries responses = new LatencySummaries();
    private final List<LoadSample> samples = new ArrayList<>();
    private final long[] busyAtLastSample;
    private final long[] capacityAtLastSample;

    /**
     * @param settings each gateway's Deployment settings; gateways not named have one replica
     * @param dropConnection told of each device whose replica was removed under it
     */
    public GatewayLoad(Engine engine, MessageLoad load, RandomStreams streams, List<String> gateways,
            Map<String, DeploymentSettings> settings, Consumer<String> dropConnection) {
        this.engine = engine;
        DeploymentSettings single = new DeploymentSettings(1, new UniformDuration(0, 0), 0);
        for (String gateway : gateways) {
            DeploymentSettings s = settings.getOrDefault(gateway, single);
            deployments.put(gateway, new GatewayDeployment(engine, gateway, load, streams, s.initialReplicas(),
                    s.replicaStartup(), s.drainNanos(), dropConnection, waits, responses));
        }
        busyAtLastSample = new long[gateways.size()];
        capacityAtLastSample = new long[gateways.size()];
    }

    /** The Deployment of {@code gateway}. */
    public GatewayDeployment deployment(String gateway) {
        GatewayDeployment deployment = deployments.get(gateway);
        if (deployment == null) {
            throw new IllegalArgumentException("no gateway " + gateway);
        }
        return deployment;
    }

    /** {@code device}'s connection to {@code gateway} opened. */
    public void connected(String device, String gateway) {
        deployments.get(gateway).open(device);
    }

    /** {@code device}'s connection to {@code gateway} closed. */
    public void disconnected(String device, String gateway) {
        deployments.get(gateway).close(device);
    }

    /** Records each gateway's utilization since the previous sample, and queue lengths now. */
    public void sample() {
        double[] utilization = new double[deployments.size()];
        int[] queued = new int[deployments.size()];
        int i = 0;
        for (GatewayDeployment deployment : deployments.values()) {
            long busy = deployment.busyNanos();
            long capacity = deployment.capacityNanos();
            long available = capacity - capacityAtLastSample[i];
            utilization[i] = available > 0 ? (busy - busyAtLastSample[i]) / (double) available : 0;
            busyAtLastSample[i] = busy;
            capacityAtLastSample[i] = capacity;
            queued[i] = deployment.queued();
            i++;
        }
        samples.add(new LoadSample(engine.now(), utilization, queued));
    }

    /** What the queues did so far. */
    public MessageOutcome outcome() {
        long completed = deployments.values().stream().mapToLong(GatewayDeployment::completed).sum();
        return new MessageOutcome(samples, waits.summary(), responses.summary(), completed);
    }
}
