package dev.fleetcast.sim.gateway;

import java.util.List;

/**
 * What an autoscaler scales: the replicas of one gateway's Deployment, or the number of
 * gateways (each then one replica). Either way the autoscaler sees replicas and asks for a
 * count.
 */
public interface ScaleTarget {

    /** The gateway whose replicas are scaled, or a name for the pool of gateways. */
    String name();

    /** The count the target is asked to have now. */
    int specReplicas();

    /** The replicas the autoscaler measures: starting, ready or terminating. */
    List<GatewayReplica> replicas();

    /** Asks for {@code desired}; scaling in removes those named in {@code removeFirst} first. */
    void scaleTo(int desired, List<String> removeFirst);

    /** Replicas (or gateways) that existed so far, integrated over time, in seconds: the cost. */
    double replicaSeconds();
}
