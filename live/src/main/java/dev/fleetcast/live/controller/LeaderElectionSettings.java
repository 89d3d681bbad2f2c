package dev.fleetcast.live.controller;

import java.time.Duration;
import java.util.Objects;

/**
 * Leader election on a coordination.k8s.io Lease, so that of several controller replicas only
 * one assigns. client-go's rule applies: retryPeriod &lt; renewDeadline &lt; leaseDuration.
 *
 * @param leaseName the Lease's name in the controller's namespace
 * @param identity this replica's name in the Lease (unique per replica)
 */
public record LeaderElectionSettings(String leaseName, String identity, Duration leaseDuration,
        Duration renewDeadline, Duration retryPeriod) {

    public LeaderElectionSettings {
        Objects.requireNonNull(leaseName, "leaseName");
        Objects.requireNonNull(identity, "identity");
        if (identity.isBlank() || leaseName.isBlank()) {
            throw new IllegalArgumentException("leader election needs a lease name and an identity");
        }
        if (!(retryPeriod.compareTo(renewDeadline) < 0 && renewDeadline.compareTo(leaseDuration) < 0)
                || retryPeriod.isNegative() || retryPeriod.isZero()) {
            throw new IllegalArgumentException("leader election: need 0 < retryPeriod < renewDeadline < leaseDuration, was "
                    + retryPeriod + ", " + renewDeadline + ", " + leaseDuration);
        }
    }

    /** client-go's defaults: 15 s lease, 10 s renew deadline, 2 s retry. */
    public static LeaderElectionSettings defaults(String identity) {
        return new LeaderElectionSettings("fleetcast-controller", identity, Duration.ofSeconds(15),
                Duration.ofSeconds(10), Duration.ofSeconds(2));
    }
}
