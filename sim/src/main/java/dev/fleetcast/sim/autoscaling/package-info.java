/**
 * The loop around an autoscaler: a metrics pipeline that reads the gateway replicas' CPU,
 * memory and latency at metrics-server's resolution, and the autoscaler called every period
 * with what the pipeline last read, its decisions applied to the gateway's Deployment.
 *
 * <p>What must not live here: the decisions themselves (model/scaling, model/hpa), or the
 * replicas' queues (sim/gateway).
 */
package dev.fleetcast.sim.autoscaling;
