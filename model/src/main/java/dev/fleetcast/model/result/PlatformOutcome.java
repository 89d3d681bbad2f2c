package dev.fleetcast.model.result;

import dev.fleetcast.model.discipline.DecisionRecord;
import dev.fleetcast.model.timeline.DeviceEvent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one replication of a platform scenario produced.
 *
 * @param assignedPerGateway devices whose status names each gateway at the end (the API
 *     server's truth), in the scenario's gateway order
 * @param connectedPerGateway devices connected to each gateway at the end
 * @param runningGateways the gateways whose phase is Running at the end, in scenario order
 * @param samples devices per gateway over time, at the scenario's sampling interval
 * @param apiWrites writes the API server handled (assignments, counters, phases)
 * @param apiConflicts writes refused for a stale resourceVersion
 * @param apiLists LISTs of devices made by reconciles
 * @param stuck devices not connected at the end, each as {@code "name: reason"}
 * @param decisions every decision made, in order (empty unless kept)
 * @param timeline every device event, in order (empty unless kept)
 * @param enrollmentLatencies {@code MetricCatalogue.ENROLLMENT_LATENCY}, nanoseconds
 * @param detectionTimes {@code MetricCatalogue.DETECTION_TIME}, nanoseconds
 * @param failoverRecoveries {@code MetricCatalogue.FAILOVER_RECOVERY}, nanoseconds
 * @param devicesMoved reassignments to another gateway
 * @param eventsProcessed events the engine ran
 * @param endTimeNanos the simulated time at the end
 * @param messages what the gateways' message queues did, when the scenario has a message load
 * @param autoscaling what the autoscaler did, when the scenario has one
 */
public record PlatformOutcome(
        Map<String, Integer> assignedPerGateway,
        Map<String, Integer> connectedPerGateway,
        List<String> runningGateways,
        List<GatewaySample> samples,
        long apiWrites,
        long apiConflicts,
        long apiLists,
        List<String> stuck,
        List<DecisionRecord> decisions,
        List<DeviceEvent> timeline,
        long[] enrollmentLatencies,
        long[] detectionTimes,
        long[] failoverRecoveries,
        long devicesMoved,
        long eventsProcessed,
        long endTimeNanos,
        Optional<MessageOutcome> messages,
        Optional<AutoscalingOutcome> autoscaling) {

    public PlatformOutcome {
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(autoscaling, "autoscaling");
        assignedPerGateway = Collections.unmodifiableMap(new LinkedHashMap<>(assignedPerGateway));
        connectedPerGateway = Collections.unmodifiableMap(new LinkedHashMap<>(connectedPerGateway));
        runningGateways = List.copyOf(runningGateways);
        samples = List.copyOf(samples);
        stuck = List.copyOf(stuck);
        decisions = List.copyOf(decisions);
        timeline = List.copyOf(timeline);
        enrollmentLatencies = enrollmentLatencies.clone();
        detectionTimes = detectionTimes.clone();
        failoverRecoveries = failoverRecoveries.clone();
    }

    /** Devices assigned to each gateway that is Running at the end: what imbalance is measured over. */
    public Map<String, Integer> assignedPerRunningGateway() {
        Map<String, Integer> running = new LinkedHashMap<>();
        for (String gateway : runningGateways) {
            running.put(gateway, assignedPerGateway.getOrDefault(gateway, 0));
        }
        return running;
    }

    @Override
    public long[] enrollmentLatencies() {
        return enrollmentLatencies.clone();
    }

    @Override
    public long[] detectionTimes() {
        return detectionTimes.clone();
    }

    @Override
    public long[] failoverRecoveries() {
        return failoverRecoveries.clone();
    }
}
