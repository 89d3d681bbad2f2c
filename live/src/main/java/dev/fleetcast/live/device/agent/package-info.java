/**
 * Device agents in the JVM: thousands of devices per process on one Netty event-loop group
 * (non-blocking; Java 17 has no virtual threads). Each agent connects to its gateway with mutual TLS
 * (its own certificate, CN = its name), enrolls (EnrollmentRequest → EnrollmentAccepted → PublicKey →
 * DeviceUuid → EnrollmentAcknowledgment → EnrollmentCompleted, the protocol package's codec),
 * heartbeats, reconnects with backoff after a drop, and re-enrolls with a new gateway when moved.
 *
 * <p>Every agent's state is confined to the event loop it was given, so there are no locks on the
 * hot path. One {@code SSLContext} serves all agents of a fleet: a key manager picks each engine's
 * device key, so 10,000 devices do not build 10,000 TLS contexts.
 *
 * <p>Not here: the codec (live.protocol), the gateway server, certificate issuing.
 */
package dev.fleetcast.live.device.agent;
