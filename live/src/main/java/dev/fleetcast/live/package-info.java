/**
 * Live: fabric8 controllers that call model's policies through model's ports, the gateway
 * server, device runtimes, trace recording and the stand-in cluster; the lab files are in
 * live/kind/ and live/docker/. Subpackages: {@code crd}, {@code controller}, {@code protocol},
 * {@code tls}, {@code gateway}, {@code device}, {@code run}, {@code standin} (docs/architecture.md).
 *
 * <p>What must not live here: the simulator — live takes a prediction as a result file, never
 * by running sim/ — and decisions, which are model's.
 */
package dev.fleetcast.live;
