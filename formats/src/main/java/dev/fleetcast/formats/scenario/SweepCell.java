package dev.fleetcast.formats.scenario;

import dev.fleetcast.model.scenario.PlatformScenario;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One cell of a sweep: the values its axes take, and the scenario they make.
 *
 * @param values each axis's field path and its value as written, in axis order
 * @param scenario the base scenario with those values in place
 */
public record SweepCell(Map<String, String> values, PlatformScenario scenario) {

    public SweepCell {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        Objects.requireNonNull(scenario, "scenario");
    }

    /** {@code devices=40,gateways=2}: a label for messages and tables. */
    public String label() {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }

    /** The label made safe as a directory name: characters other than letters, digits, {@code .=,-} become {@code _}. */
    public String directoryName() {
        return label().replaceAll("[^A-Za-z0-9.=,_-]", "_");
    }
}
