/**
 * Certificates for mutual TLS between devices and gateways: a certificate authority, gateway server
 * certificates, device client certificates (CN = the Device object's name, which is how a gateway
 * knows which Device a connection is), PEM files, and Netty {@code SslContext}s for both sides.
 *
 * <p>Keys are EC P-256 from the JDK's provider, signed with SHA256withECDSA through BouncyCastle's
 * PKIX builders; BouncyCastle is not registered as a JCA provider (the shaded CLI jar strips its
 * signature). What must not live here: the protocol, the gateway's logic, anything Kubernetes.
 */
package dev.fleetcast.live.tls;
