package dev.fleetcast.sim.gateway;

import dev.fleetcast.model.distribution.DurationDistribution;
import dev.fleetcast.model.scaling.DeletionOrder;
import dev.fleetcast.model.scenario.MessageLoad;
import dev.fleetcast.sim.kernel.Engine;
import dev.fleetcast.sim.random.RandomStreams;
import dev.fleetcast.sim.stats.LatencySummaries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A gateway's Deployment: its replicas, and how device connections spread over them.
 *
 * <p>The gateway's Service hands each new connection to one ready replica chosen at random
 * (kube-proxy's default); a long-lived connection stays on its replica until it closes. So a
 * replica added by scaling takes only new connections. A replica removed by scale-in is
 * marked terminating — no new connections — and after the drain period its connections are
 * dropped; their devices reconnect, and the Service spreads them over the survivors.
 *
 * <p>Replicas named at the start are ready at once (the gateway's rollout covers them);
 * replicas added later are ready after a start-up drawn from {@code replicaStartup}.
 *
 * <p>Random streams: {@code gateway-<name>/routing}, {@code gateway-<name>/replica-startup},
 * and per replica {@code gateway-<name>/replica-<k>/arrivals} and {@code …/service}.
 */
public final class GatewayDeployment implements ScaleTarget {

    private final Engine engine;
    private final String gateway;
    private final MessageLoad load;
    private final RandomStreams streams;
    private final DurationDistribution replicaStartup;
    private final long drainNanos;
    private final Consumer<String> dropConnection;
    private final LatencySummaries waits;
    private final LatencySummaries responses;
    private final UniformRandomProvider routing;
    private final UniformRandomProvider startupRandom;
    private final List<GatewayReplica> replicas = new ArrayList<>();
    private final Map<String, GatewayReplica> replicaOf = new HashMap<>();
    private int specReplicas;
    private int nextIndex = 1;
    /** Removed replicas: messages they had in service still finish, and count. */
    private final List<GatewayReplica> retired = new ArrayList<>();
    private long capacityNanos;
    private long capacitySince;

    /**
     * @param dropConnection told the name of each device whose connection a removed replica drops
     * @param waits where every message's waiting time is recorded
     * @param responses where every message's response time is recorded
     */
    GatewayDeployment(Engine engine, String gateway, MessageLoad load, RandomStreams streams, int initialReplicas,
            DurationDistribution replicaStartup, long drainNanos, Consumer<String> dropConnection,
            LatencySummaries waits, LatencySummaries responses) {
        if (initialReplicas < 1) {
            throw new IllegalArgumentException("gateway " + gateway + ": at least 1 replica at the start, was "
                    + initialReplicas);
        }
        this.engine = engine;
        this.gateway = gateway;
        this.load = load;
        this.streams = streams;
        this.replicaStartup = replicaStartup;
        this.drainNanos = drainNanos;
        this.dropConnection = dropConnection;
        this.waits = waits;
        this.responses = responses;
        this.routing = streams.stream("gateway-" + gateway + "/routing");
        this.startupRandom = streams.stream("gateway-" + gateway + "/replica-startup");
        for (int i = 0; i < initialReplicas; i++) {
            addReplica().markReady(engine.now());
        }
        specReplicas = initialReplicas;
    }

    public String gateway() {
        return gateway;
    }

    @Override
    public String name() {
        return gateway;
    }

    /** The replicas the Deployment is asked to have. */
    @Override
    public int specReplicas() {
        return specReplicas;
    }

    /** Every replica that exists: starting, ready or terminating, oldest first. */
    @Override
    public List<GatewayReplica> replicas() {
        return List.copyOf(replicas);
    }

    /** A device connected to the gateway: the Service picks a replica for it. */
    void open(String device) {
        List<GatewayReplica> candidates = replicas.stream().filter(r -> r.ready() && !r.terminating()).toList();
        if (candidates.isEmpty()) {
            candidates = replicas.stream().filter(r -> !r.terminating()).toList();
        }
        if (candidates.isEmpty()) {
            candidates = replicas;
        }
        GatewayReplica replica = candidates.size() == 1 ? candidates.get(0)
                : candidates.get(routing.nextInt(candidates.size()));
        replica.devices().add(device);
        replicaOf.put(device, replica);
        replica.queue().setSources(replica.connections());
    }

    /** A device's connection to the gateway closed. */
    void close(String device) {
        GatewayReplica replica = replicaOf.remove(device);
        if (replica != null) {
            replica.devices().remove(device);
            replica.queue().setSources(replica.connections());
        }
    }

    /**
     * Scales the Deployment to {@code desired} replicas. Scaling in removes replicas in
     * model's {@link DeletionOrder}: those named in {@code removeFirst} first, then those not
     * ready, then the newest.
     */
    @Override
    public void scaleTo(int desired, List<String> removeFirst) {
        if (desired < 0) {
            throw new IllegalArgumentException("gateway " + gateway + ": replicas must be 0 or more, was " + desired);
        }
        specReplicas = desired;
        List<GatewayReplica> alive = new ArrayList<>(replicas.stream().filter(r -> !r.terminating()).toList());
        for (int add = desired - alive.size(); add > 0; add--) {
            GatewayReplica replica = addReplica();
            engine.scheduleAfter(replicaStartup.sampleNanos(startupRandom), () -> {
                if (!replica.terminating()) {
                    replica.markReady(engine.now());
                }
            });
        }
        int remove = alive.size() - desired;
        if (remove <= 0) {
            return;
        }
        List<DeletionOrder.Candidate> ranked = DeletionOrder.rank(alive.stream()
                .map(r -> new DeletionOrder.Candidate(r.name(), r.ready(), r.startedNanos())).toList(), removeFirst);
        for (DeletionOrder.Candidate victim : ranked.subList(0, remove)) {
            GatewayReplica replica = alive.stream().filter(r -> r.name().equals(victim.name())).findFirst().orElseThrow();
            replica.markTerminating();
            engine.scheduleAfter(drainNanos, () -> retire(replica));
        }
    }

    /** Busy worker-time of every replica so far, including removed ones, in nanoseconds. */
    public long busyNanos() {
        long busy = 0;
        for (GatewayReplica replica : replicas) {
            busy += replica.queue().busyNanos();
        }
        for (GatewayReplica replica : retired) {
            busy += replica.queue().busyNanos();
        }
        return busy;
    }

    /** Worker-time available so far (workers of each existing replica, integrated over time), in nanoseconds. */
    public long capacityNanos() {
        return capacityNanos + (long) replicas.size() * load.workers() * (engine.now() - capacitySince);
    }

    @Override
    public double replicaSeconds() {
        return capacityNanos() / (double) load.workers() / 1e9;
    }

    /** Messages waiting in every replica now. */
    public int queued() {
        return replicas.stream().mapToInt(r -> r.queue().queued()).sum();
    }

    /** Messages served by every replica so far. */
    public long completed() {
        return replicas.stream().mapToLong(r -> r.queue().completed()).sum()
                + retired.stream().mapToLong(r -> r.queue().completed()).sum();
    }

    private GatewayReplica addReplica() {
        settleCapacity();
        String name = gateway + "-" + nextIndex;
        String prefix = "gateway-" + gateway + "/replica-" + nextIndex;
        nextIndex++;
        GatewayReplica[] self = new GatewayReplica[1];
        MessageQueue queue = new MessageQueue(engine, load.workers(), load.serviceTime(), load.profile(),
                streams.stream(prefix + "/arrivals"), streams.stream(prefix + "/service"),
                (arrived, started, finished) -> {
                    if (arrived >= load.warmUpNanos()) {
                        waits.record(started - arrived);
                        responses.record(finished - arrived);
                    }
                    self[0].recordLatency(finished - arrived);
                });
        GatewayReplica replica = new GatewayReplica(name, queue, engine.now());
        self[0] = replica;
        replicas.add(replica);
        return replica;
    }

    private void retire(GatewayReplica replica) {
        settleCapacity();
        replicas.remove(replica);
        retired.add(replica);
        replica.queue().setSources(0);
        for (String device : List.copyOf(replica.devices())) {
            replicaOf.remove(device);
            replica.devices().remove(device);
            dropConnection.accept(device);
        }
    }

    private void settleCapacity() {
        long now = engine.now();
        capacityNanos += (long) replicas.size() * load.workers() * (now - capacitySince);
        capacitySince = now;
    }
}
