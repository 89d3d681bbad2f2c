/**
 * Device runtimes: what plays the devices of a live run. One {@link dev.fleetcast.live.device.DeviceRuntime}
 * drives many devices — it starts a device on its assigned gateway, moves it to another, stops it —
 * and reports each device's life ({@code ENROLLED}, {@code CONNECTED}, {@code RE_ENROLLED},
 * {@code CONNECTION_DROPPED}) as model's {@link dev.fleetcast.model.timeline.DeviceEvent}s, stamped by
 * an injected {@link dev.fleetcast.model.time.Scheduler}.
 *
 * <p>Subpackages: {@code agent} (device agents in the JVM on Netty, thousands per process),
 * {@code renode} (experimental: Renode boards whose UART is bridged to the gateway over mutual TLS),
 * {@code watch} (feeds a runtime from the cluster's Device objects).
 *
 * <p>What must not live here: assignment decisions (model), the wire protocol's codec and the
 * gateway server (live.protocol / live.gateway), CRD classes (live.crd).
 */
package dev.fleetcast.live.device;
