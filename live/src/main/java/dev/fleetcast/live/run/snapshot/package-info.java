/**
 * {@code fleetcast live snapshot}: a cluster's Gateways, Devices and HorizontalPodAutoscalers
 * written back as a scenario file that fleetcast's ScenarioReader accepts — so a fleet seen
 * on a cluster can be simulated. What the cluster does not show (the controller's policy, the
 * timing, a message load) is written as fleetcast's defaults and said so in the file.
 *
 * <p>What must not live here: changing the cluster (a snapshot only reads).
 */
package dev.fleetcast.live.run.snapshot;
