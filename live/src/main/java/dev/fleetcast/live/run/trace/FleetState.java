package dev.fleetcast.live.run.trace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fleet as the recorder sees it at one instant: what the live view shows and what decides
 * when a run has settled.
 *
 * @param elapsedNanos when, from the run's start
 * @param devicesPerGateway devices whose status names each gateway, the run's gateways in their
 *     order (deleted ones too, since their devices may still name them)
 * @param gatewayPhases each existing gateway's status.phase ({@code ""} before its first status)
 * @param devicePhases devices per status.phase ({@code ""} for none yet), sorted by phase
 * @param devices devices that exist
 * @param connected devices Connected to a gateway that exists and is Running
 */
public record FleetState(long elapsedNanos, Map<String, Integer> devicesPerGateway, Map<String, String> gatewayPhases,
        Map<String, Integer> devicePhases, int devices, int connected) {

    public FleetState {
        devicesPerGateway = Collections.unmodifiableMap(new LinkedHashMap<>(devicesPerGateway));
        gatewayPhases = Collections.unmodifiableMap(new LinkedHashMap<>(gatewayPhases));
        devicePhases = Collections.unmodifiableMap(new TreeMap<>(devicePhases));
    }
}
