package dev.fleetcast.model.trace;

import dev.fleetcast.model.result.GatewaySample;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Devices per gateway over time: the series a metrics collector samples, and the final split
 * that inverse calibration compares with simulations.
 *
 * @param gateways the gateways' names, the column order of every row; each once
 * @param rows samples in non-decreasing time order, each with one count (0 or more) per gateway
 */
public record GatewaySeries(List<String> gateways, List<GatewaySample> rows) {

    /** A series with no gateways and no rows: a trace that did not sample them. */
    public static final GatewaySeries EMPTY = new GatewaySeries(List.of(), List.of());

    public GatewaySeries {
        gateways = List.copyOf(gateways);
        rows = List.copyOf(rows);
        if (new HashSet<>(gateways).size() != gateways.size()) {
            throw new IllegalArgumentException("gateway series: each gateway once, were " + gateways);
        }
        long previous = Long.MIN_VALUE;
        for (GatewaySample row : rows) {
            Objects.requireNonNull(row, "row");
            int[] devices = row.devices();
            if (devices.length != gateways.size()) {
                throw new IllegalArgumentException("gateway series: a row at " + row.timeNanos() + " ns has "
                        + devices.length + " counts for " + gateways.size() + " gateways");
            }
            for (int count : devices) {
                if (count < 0) {
                    throw new IllegalArgumentException("gateway series: negative count in " + row);
                }
            }
            if (row.timeNanos() < 0 || row.timeNanos() < previous) {
                throw new IllegalArgumentException("gateway series: rows must be at times of 0 or more, in order; "
                        + row.timeNanos() + " ns came after " + previous + " ns");
            }
            previous = row.timeNanos();
        }
    }

    /** The last row as gateway → devices, in column order; empty when there are no rows. */
    public Optional<Map<String, Integer>> last() {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        int[] devices = rows.get(rows.size() - 1).devices();
        Map<String, Integer> split = new LinkedHashMap<>();
        for (int i = 0; i < devices.length; i++) {
            split.put(gateways.get(i), devices[i]);
        }
        return Optional.of(split);
    }
}
