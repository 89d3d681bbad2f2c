/**
 * The gateway server: devices connect over mutual TLS (identity = the CN of the client
 * certificate = the Device object's name), enroll and heartbeat with WASMBED's protocol
 * ({@code live.protocol}); an Unreachable monitor closes devices whose heartbeat is too old; an
 * HTTP side serves /healthz, /readyz, POST /drain and Prometheus /metrics. Device status goes out
 * through the {@link dev.fleetcast.live.gateway.DeviceStatusReporter} port (in memory for tests,
 * fabric8 against a cluster).
 *
 * <p>What must not live here: assignment decisions (model's policies, run by the controller), the
 * wire format (live.protocol), certificate making (live.tls).
 */
package dev.fleetcast.live.gateway;
