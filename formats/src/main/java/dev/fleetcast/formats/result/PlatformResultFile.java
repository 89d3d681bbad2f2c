package dev.fleetcast.formats.result;

import dev.fleetcast.model.metrics.Imbalance;
import dev.fleetcast.model.result.AutoscalingOutcome;
import dev.fleetcast.model.result.LatencySummary;
import dev.fleetcast.model.result.MessageOutcome;
import dev.fleetcast.model.timeline.DeviceEvent;
import dev.fleetcast.model.trace.GatewaySeries;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One replication's result file ({@code replication-NNN.json}, kind {@code platform-result}) as
 * {@link PlatformResultReader} reads it back; fields as docs/formats.md describes them, times in
 * nanoseconds. The {@code decisions} list is not read.
 *
 * @param file the file as the reader was given it
 * @param fleetcastVersion the version that wrote it
 * @param scenarioSeed the scenario seed
 * @param replication this replication's index, from 0
 * @param seed this replication's own seed
 * @param scenario the scenario as resolved
 * @param devicesPerGateway devices whose status names each gateway at the end
 * @param connectedPerGateway devices connected to each gateway at the end
 * @param runningGateways gateways Running at the end
 * @param imbalance over the Running gateways, empty when none ran
 * @param samples devices per gateway over time
 * @param enrollmentLatency created → enrolled
 * @param detectionTime gateway lost → Unreachable
 * @param failoverRecovery gateway lost → re-enrolled
 * @param devicesMoved reassignments to another gateway
 * @param api API writes, conflicts and lists
 * @param stuck devices not connected at the end, with the reason
 * @param messages the data plane, when the scenario had a load
 * @param autoscaling what the autoscaler did, when the scenario had one
 * @param eventsProcessed events the engine ran
 * @param simulatedNanos the time of the last event
 * @param timeline every device event, when the run recorded timelines; else empty
 */
public record PlatformResultFile(String file, String fleetcastVersion, long scenarioSeed, int replication, long seed,
        ResolvedScenario scenario, Map<String, Integer> devicesPerGateway, Map<String, Integer> connectedPerGateway,
        List<String> runningGateways, Optional<Imbalance> imbalance, GatewaySeries samples,
        LatencySummary enrollmentLatency, LatencySummary detectionTime, LatencySummary failoverRecovery,
        long devicesMoved, ApiCalls api, List<String> stuck, Optional<MessageOutcome> messages,
        Optional<AutoscalingOutcome> autoscaling, long eventsProcessed, long simulatedNanos,
        List<DeviceEvent> timeline) {

    /** Calls to the API server. */
    public record ApiCalls(long writes, long conflicts, long lists) {
        public ApiCalls {
            if (writes < 0 || conflicts < 0 || lists < 0) {
                throw new IllegalArgumentException("API call counts must be 0 or more, were " + writes + ", "
                        + conflicts + ", " + lists);
            }
        }
    }

    public PlatformResultFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fleetcastVersion, "fleetcastVersion");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(imbalance, "imbalance");
        Objects.requireNonNull(samples, "samples");
        Objects.requireNonNull(enrollmentLatency, "enrollmentLatency");
        Objects.requireNonNull(detectionTime, "detectionTime");
        Objects.requireNonNull(failoverRecovery, "failoverRecovery");
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(autoscaling, "autoscaling");
        devicesPerGateway = Collections.unmodifiableMap(new LinkedHashMap<>(devicesPerGateway));
        connectedPerGateway = Collections.unmodifiableMap(new LinkedHashMap<>(connectedPerGateway));
        runningGateways = List.copyOf(runningGateways);
        stuck = List.copyOf(stuck);
        timeline = List.copyOf(timeline);
        if (replication < 0) {
            throw new IllegalArgumentException(file + ": replication must be 0 or more, was " + replication);
        }
        if (devicesMoved < 0 || eventsProcessed < 0 || simulatedNanos < 0) {
            throw new IllegalArgumentException(file + ": devicesMoved, eventsProcessed and simulated time must be 0 or "
                    + "more, were " + devicesMoved + ", " + eventsProcessed + ", " + simulatedNanos + " ns");
        }
    }
}
