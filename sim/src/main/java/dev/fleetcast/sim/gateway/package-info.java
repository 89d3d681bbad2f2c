/**
 * The gateway's data plane: each gateway replica as a multi-server queue of device messages
 * (arrivals from the connected devices' load profile, worker threads as servers), from which
 * utilization, waiting time and latency percentiles come — the load an autoscaler reacts to.
 *
 * <p>What must not live here: scaling decisions (model/), metrics pipelines or the control
 * plane (sim/platform, sim/autoscaling).
 */
package dev.fleetcast.sim.gateway;
