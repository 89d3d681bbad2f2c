/**
 * Opt-in tests against a real Kubernetes API server (a kind cluster, or any cluster the user may
 * write to), tagged {@code cluster}: they check what the stand-in's mock server cannot — the
 * shipped CRDs on a real server, the status subresource, the 409 of a stale resourceVersion on the
 * controller's status write, and the device controller's balance and failover.
 *
 * <p>They run only under {@code -Pcluster} and only when the environment variable
 * {@code FLEETCAST_KUBECONFIG} names a kubeconfig file; otherwise they skip with a message saying
 * so. CI runs neither. Each test works in a fresh namespace {@code fleetcast-it-<random>} that it
 * deletes at the end; CRDs it had to install it removes again, CRDs already installed it leaves
 * untouched.
 *
 * <p>What must not live here: anything the suite needs to pass. Tests that can run on the
 * stand-in belong beside the code they test.
 */
package dev.fleetcast.live.cluster;
