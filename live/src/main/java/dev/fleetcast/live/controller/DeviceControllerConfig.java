package dev.fleetcast.live.controller;

import dev.fleetcast.model.assignment.AssignmentPolicy;
import dev.fleetcast.model.discipline.Discipline;
import dev.fleetcast.model.scenario.FailoverTrigger;
import dev.fleetcast.model.scenario.ReadMode;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the device controller runs.
 *
 * @param namespace where Devices and Gateways live
 * @param policy the assignment policy (model)
 * @param discipline the assignment discipline (model)
 * @param workers reconciles in flight at once, at least 1
 * @param readMode whether a reconcile counts devices from the informer cache or a fresh LIST
 * @param heartbeatTimeout a Connected device whose lastHeartbeat is older fails over; zero: off
 * @param requeueInterval when a device no gateway could take is tried again
 * @param backoff per-device backoff after a failed reconcile, and between API retries
 * @param apiRetries retries of one failed API call inside a reconcile before it is abandoned
 * @param seed the policy's source of chance (power-of-two-choices)
 * @param leaderElection empty: this replica assigns alone, without a Lease
 * @param failoverTrigger when devices leave their gateway: model's rule, as the simulator applies it
 */
public record DeviceControllerConfig(String namespace, AssignmentPolicy policy, Discipline discipline, int workers,
        ReadMode readMode, Duration heartbeatTimeout, Duration requeueInterval, Backoff backoff, int apiRetries,
        long seed, Optional<LeaderElectionSettings> leaderElection, FailoverTrigger failoverTrigger) {

    public DeviceControllerConfig {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(discipline, "discipline");
        Objects.requireNonNull(readMode, "readMode");
        Objects.requireNonNull(heartbeatTimeout, "heartbeatTimeout");
        Objects.requireNonNull(requeueInterval, "requeueInterval");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(leaderElection, "leaderElection");
        Objects.requireNonNull(failoverTrigger, "failoverTrigger");
        if (workers < 1) {
            throw new IllegalArgumentException("controller: workers must be at least 1, was " + workers);
        }
        if (requeueInterval.isNegative() || requeueInterval.isZero()) {
            throw new IllegalArgumentException("controller: requeue interval must be positive, was " + requeueInterval);
        }
        if (apiRetries < 0) {
            throw new IllegalArgumentException("controller: apiRetries must be 0 or more, was " + apiRetries);
        }
    }

    /** Defaults for everything but what is named: cache reads, no heartbeat check, 30 s requeue, no election. */
    public static DeviceControllerConfig of(String namespace, AssignmentPolicy policy, Discipline discipline,
            int workers) {
        return new DeviceControllerConfig(namespace, policy, discipline, workers, ReadMode.CACHE, Duration.ZERO,
                Duration.ofSeconds(30), new Backoff(Duration.ofMillis(50), Duration.ofSeconds(10)), 3, 1L,
                Optional.empty(), FailoverTrigger.GATEWAY_PHASE);
    }

    public DeviceControllerConfig withReadMode(ReadMode mode) {
        return new DeviceControllerConfig(namespace, policy, discipline, workers, mode, heartbeatTimeout,
                requeueInterval, backoff, apiRetries, seed, leaderElection, failoverTrigger);
    }

    public DeviceControllerConfig withHeartbeatTimeout(Duration timeout) {
        return new DeviceControllerConfig(namespace, policy, discipline, workers, readMode, timeout,
                requeueInterval, backoff, apiRetries, seed, leaderElection, failoverTrigger);
    }

    public DeviceControllerConfig withBackoff(Backoff next, int retries) {
        return new DeviceControllerConfig(namespace, policy, discipline, workers, readMode, heartbeatTimeout,
                requeueInterval, next, retries, seed, leaderElection, failoverTrigger);
    }

    public DeviceControllerConfig withRequeueInterval(Duration interval) {
        return new DeviceControllerConfig(namespace, policy, discipline, workers, readMode, heartbeatTimeout,
                interval, backoff, apiRetries, seed, leaderElection, failoverTrigger);
    }

    public DeviceControllerConfig withLeaderElection(LeaderElectionSettings settings) {
        return new DeviceControllerConfig(namespace, policy, discipline, workers, readMode, heartbeatTimeout,
                requeueInterval, backoff, apiRetries, seed, Optional.of(settings), failoverTrigger);
    }

    public DeviceControllerConfig withFailoverTrigger(FailoverTrigger trigger) {
        return new DeviceControllerConfig(namespace, policy, discipline, workers, readMode, heartbeatTimeout,
                requeueInterval, backoff, apiRetries, seed, leaderElection, trigger);
    }
}
