/**
 * The simulated fleet: devices created, assigned by model's policies and enrolled, on the
 * event kernel. The richer control plane (API server, informers, reconcile workers) grows
 * here; decisions stay in model/.
 */
package dev.fleetcast.sim.fleet;
