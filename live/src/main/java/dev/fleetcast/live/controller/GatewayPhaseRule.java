package dev.fleetcast.live.controller;

import dev.fleetcast.model.fleet.GatewayPhase;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * A Gateway's phase from its Deployment: Running while the Deployment has a ready replica;
 * Pending until it first has one; Failed when it had one and lost it, or the Deployment is gone
 * after the Gateway ran. Stopped is a user's word and is left alone.
 */
public final class GatewayPhaseRule {

    private GatewayPhaseRule() {
    }

    /**
     * @param deployment the Gateway's Deployment, or null when there is none
     * @param current the Gateway's phase now
     */
    public static GatewayPhase phase(Deployment deployment, GatewayPhase current) {
        if (current == GatewayPhase.STOPPED) {
            return current;
        }
        if (readyReplicas(deployment) > 0) {
            return GatewayPhase.RUNNING;
        }
        return current == GatewayPhase.RUNNING || current == GatewayPhase.FAILED ? GatewayPhase.FAILED
                : GatewayPhase.PENDING;
    }

    static int readyReplicas(Deployment deployment) {
        if (deployment == null || deployment.getStatus() == null || deployment.getStatus().getReadyReplicas() == null) {
            return 0;
        }
        return deployment.getStatus().getReadyReplicas();
    }
}
