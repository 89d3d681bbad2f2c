/**
 * fleetcast's controllers against a Kubernetes API server, over fabric8.
 *
 * <ul>
 *   <li>{@link dev.fleetcast.live.controller.DeviceController}: assigns Devices to Gateways by
 *       running model's assignment policy and discipline through {@link
 *       dev.fleetcast.live.controller.Fabric8StatusStore} (model's {@code StatusStore} port), with
 *       shared informers, a de-duplicating {@link dev.fleetcast.live.controller.WorkQueue},
 *       concurrent workers, backoff on API errors, failover and leader election.</li>
 *   <li>{@link dev.fleetcast.live.controller.GatewayController}: a Deployment and a Service per
 *       Gateway, and the Gateway's status.phase from the Deployment's readiness.</li>
 * </ul>
 *
 * <p>What must not live here: decisions. Which gateway a device gets, how a discipline counts
 * and retries, are model's; this package only adapts the cluster to model's views and applies
 * model's decisions. Time comes from an injected {@link java.time.Clock} or executor, never
 * from {@code Instant.now()} in logic.
 */
package dev.fleetcast.live.controller;
