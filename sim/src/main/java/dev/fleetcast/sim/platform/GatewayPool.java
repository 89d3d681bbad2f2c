package dev.fleetcast.sim.platform;

import dev.fleetcast.model.scaling.GatewayPoolOrder;
import dev.fleetcast.sim.gateway.GatewayLoad;
import dev.fleetcast.sim.gateway.GatewayReplica;
import dev.fleetcast.sim.gateway.ScaleTarget;
import dev.fleetcast.sim.kernel.Engine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The number of gateways as a scale target: the declared gateways, of which the first
 * {@code initial} are active at the start. Scaling out rolls out the next standby gateway in
 * declaration order (it joins the assignment pool once Running); scaling in deletes an active
 * one — those whose replica the scaler named first, else the newest — and its devices fail
 * over as after a delete. The autoscaler measures the replicas of the active gateways that
 * are Running.
 */
final class GatewayPool implements ScaleTarget {

    private final Engine engine;
    private final GatewayLoad load;
    private final List<String> gateways;
    private final Predicate<String> running;
    private final Consumer<String> rollOut;
    private final Consumer<String> delete;
    private final List<String> active = new ArrayList<>();
    private double gatewaySecondsBefore;
    private long since;

    GatewayPool(Engine engine, GatewayLoad load, List<String> gateways, int initial, Predicate<String> running,
            Consumer<String> rollOut, Consumer<String> delete) {
        this.engine = engine;
        this.load = load;
        this.gateways = List.copyOf(gateways);
        this.running = running;
        this.rollOut = rollOut;
        this.delete = delete;
        active.addAll(gateways.subList(0, initial));
    }

    @Override
    public String name() {
        return "gateways";
    }

    @Override
    public int specReplicas() {
        return active.size();
    }

    @Override
    public List<GatewayReplica> replicas() {
        List<GatewayReplica> replicas = new ArrayList<>();
        for (String gateway : active) {
            if (running.test(gateway)) {
                replicas.addAll(load.deployment(gateway).replicas());
            }
        }
        return replicas;
    }

    @Override
    public void scaleTo(int desired, List<String> removeFirst) {
        settle();
        while (active.size() < desired) {
            Optional<String> next = GatewayPoolOrder.toAdd(gateways, active);
            if (next.isEmpty()) {
                break; // every declared gateway is active
            }
            active.add(next.get());
            rollOut.accept(next.get());
        }
        while (active.size() > desired && !active.isEmpty()) {
            Map<String, List<String>> replicasOf = new HashMap<>();
            for (String gateway : active) {
                replicasOf.put(gateway, load.deployment(gateway).replicas().stream().map(GatewayReplica::name).toList());
            }
            String victim = GatewayPoolOrder.toRemove(active, replicasOf, removeFirst);
            active.remove(victim);
            delete.accept(victim);
        }
    }

    @Override
    public double replicaSeconds() {
        return gatewaySecondsBefore + active.size() * (engine.now() - since) / 1e9;
    }

    private void settle() {
        gatewaySecondsBefore = replicaSeconds();
        since = engine.now();
    }
}
