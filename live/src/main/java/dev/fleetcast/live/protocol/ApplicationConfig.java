package dev.fleetcast.live.protocol;

import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.Collections;

/** WASMBED's {@code ApplicationConfig}; env vars sorted by key as Rust's BTreeMap iterates them. */
public record ApplicationConfig(long memoryLimit, long cpuTimeLimit, SortedMap<String, String> envVars,
        List<String> args) {

    public ApplicationConfig {
        envVars = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(envVars, "envVars")));
        args = List.copyOf(args);
    }
}
