/**
 * {@code fleetcast live run}: a scenario played against a cluster. {@link
 * dev.fleetcast.live.run.RunPlanner} turns a scenario into a {@link dev.fleetcast.live.run.RunPlan}
 * (Gateways, Devices at the creation schedule's seeded times, gateway deletions as faults),
 * {@link dev.fleetcast.live.run.DryRun} prints it, {@link dev.fleetcast.live.run.NamespaceGuard}
 * refuses a namespace holding others' objects, and {@link dev.fleetcast.live.run.LiveRun} plays
 * it, records the trace (subpackage {@code trace}), shows it (subpackage {@code view}) and
 * deletes exactly its own objects. Subpackage {@code snapshot} writes a cluster's fleet back
 * as a scenario.
 *
 * <p>What must not live here: assignment decisions (model's, applied by the controller), the
 * controller, gateways or devices themselves (they run in the cluster; {@link
 * dev.fleetcast.live.run.AttachedRuntime} attaches in-process ones), and the simulator.
 */
package dev.fleetcast.live.run;
