/**
 * Feeds a {@link dev.fleetcast.live.device.DeviceRuntime} from the cluster: a fabric8 informer on
 * Device objects (label-selected, usually by run) starts a device when its
 * {@code status.gateway.endpoint} appears, moves it when the endpoint changes, and stops it when the
 * Device is deleted. {@link dev.fleetcast.live.device.watch.AssignmentTracker} decides which of
 * those a change means (plain Java, tested without a cluster);
 * {@link dev.fleetcast.live.device.watch.DeviceWatcher} only adapts the informer.
 *
 * <p>Not here: assigning devices (the controller does, through model's policies) or writing any
 * status (the gateway server does).
 */
package dev.fleetcast.live.device.watch;
