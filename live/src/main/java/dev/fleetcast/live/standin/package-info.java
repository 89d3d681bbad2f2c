/**
 * The stand-in cluster: fabric8's mock API server in CRUD mode with fleetcast's CRDs ({@link
 * dev.fleetcast.live.standin.MockApiServer}), a KWOK-like {@link
 * dev.fleetcast.live.standin.Kubelet} that makes Deployments' pods Running and Ready after
 * configurable delays, and the {@link dev.fleetcast.live.standin.GatewayLauncher} port through
 * which it starts a real gateway server on 127.0.0.1 for each ready gateway Deployment (playing
 * the part of cluster DNS by writing that address into the Gateway's spec.endpoint).
 *
 * <p>For tests and laptops, never for measurements that claim to be a cluster's. What must not
 * live here: controller logic (controller/) or decisions (model/).
 */
package dev.fleetcast.live.standin;
