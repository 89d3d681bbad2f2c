package dev.fleetcast.formats.foreign;

import dev.fleetcast.model.observed.GatewaySplit;
import dev.fleetcast.model.trace.GatewaySeries;
import dev.fleetcast.model.trace.PodPhaseSample;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One file of WASMBED's metrics collector, as read.
 *
 * @param scenario the collector's scenario name ({@code 60_devices_3_gateways}), or empty
 * @param configuredDevices {@code config.num_devices}, when given
 * @param configuredGateways {@code config.num_gateways}, when given
 * @param series devices per gateway at each sample, times from the first sample's {@code elapsed}
 *     origin (the collector's start); gateways in order of first appearance, 0 where a sample
 *     does not list one
 * @param podPhases pods per phase at each sample that lists them
 * @param lastDistribution the last sample's {@code gateway_distribution} as written
 * @param lastDeviceCount the last sample's {@code device_count}, when given
 * @param summaryFinal {@code summary.final_gateway_distribution}, when given
 */
public record CollectorRun(String scenario, OptionalInt configuredDevices, OptionalInt configuredGateways,
        GatewaySeries series, List<PodPhaseSample> podPhases, Map<String, Integer> lastDistribution,
        OptionalInt lastDeviceCount,
        Optional<Map<String, Integer>> summaryFinal) {

    public CollectorRun {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(configuredDevices, "configuredDevices");
        Objects.requireNonNull(configuredGateways, "configuredGateways");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(lastDeviceCount, "lastDeviceCount");
        podPhases = List.copyOf(podPhases);
        lastDistribution = Collections.unmodifiableMap(new LinkedHashMap<>(lastDistribution));
        summaryFinal = summaryFinal.map(m -> Collections.unmodifiableMap(new LinkedHashMap<>(m)));
        if (series.rows().isEmpty()) {
            throw new IllegalArgumentException("a collector run has at least one sample");
        }
    }

    /**
     * The final devices per gateway: the summary's {@code final_gateway_distribution} when the
     * file has one, else the last sample's. Devices are {@code config.num_devices}, else the last
     * {@code device_count}, else the sum of the counts; gateways are {@code config.num_gateways}
     * when it counts at least the gateways named, else the gateways named.
     */
    public GatewaySplit finalSplit() {
        Map<String, Integer> split = summaryFinal.orElse(lastDistribution);
        int sum = split.values().stream().mapToInt(Integer::intValue).sum();
        int devices = configuredDevices.orElse(lastDeviceCount.orElse(sum));
        int gateways = Math.max(configuredGateways.orElse(0), split.size());
        return new GatewaySplit(scenario, devices, gateways, split);
    }
}
