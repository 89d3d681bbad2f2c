/**
 * The WASMBED device protocol, byte-compatible with lucadagati/retrospect
 * {@code crates/wasmbed-protocol} (minicbor 1.0): the messages as records
 * ({@link dev.fleetcast.live.protocol.ClientMessage}, {@link dev.fleetcast.live.protocol.ServerMessage}),
 * the envelope, the CBOR codec ({@link dev.fleetcast.live.protocol.WasmbedCodec}) and the Netty
 * pipeline pieces both the gateway and the device runtimes use (4-byte big-endian length prefix,
 * then one CBOR envelope).
 *
 * <p>What lives here: wire format only. What must not: what a gateway or a device does with a
 * message (that is {@code live.gateway} and the device runtimes), certificates ({@code live.tls}),
 * Kubernetes types.
 */
package dev.fleetcast.live.protocol;
