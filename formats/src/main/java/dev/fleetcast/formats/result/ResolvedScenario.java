package dev.fleetcast.formats.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The scenario a result restates (its {@code scenario} object), as far as a reader of results
 * needs it: what identifies the configuration — devices, gateways, policy, discipline — and the
 * faults, typed; every other setting as the text the file gives, by its field path. Kept as
 * text on purpose: a report restates what ran in the file's own words, and a setting the
 * scenario gains later reaches the report without a change here.
 *
 * @param name the scenario's name
 * @param devices devices created, 0 or more
 * @param gateways the gateways in scenario order, at least one
 * @param policy the assignment policy's name ({@code least-connections})
 * @param discipline the assignment discipline's name ({@code ledger})
 * @param faults the injected faults in file order
 * @param settings every other scalar by its field path ({@code controller.workers},
 *     {@code latencies.podStartup}, {@code load.profile.kind}), lists of scalars joined with
 *     {@code ", "}; in file order
 */
public record ResolvedScenario(String name, int devices, List<Gateway> gateways, String policy, String discipline,
        List<ScenarioFault> faults, Map<String, String> settings) {

    /** A gateway of the scenario: its name and the devices it may hold. */
    public record Gateway(String name, int maxDevices) {
        public Gateway {
            Objects.requireNonNull(name, "name");
            if (maxDevices < 0) {
                throw new IllegalArgumentException("gateway " + name + ": maxDevices must be 0 or more, was " + maxDevices);
            }
        }
    }

    /**
     * A fault the scenario injects.
     *
     * @param atNanos when, from the start of the run
     * @param gateway which gateway
     * @param kind what happens to it ({@code delete}, {@code crash}, …) as the file writes it
     * @param durationNanos how long it lasts, 0 when it does not end
     */
    public record ScenarioFault(long atNanos, String gateway, String kind, long durationNanos) {
        public ScenarioFault {
            Objects.requireNonNull(gateway, "gateway");
            Objects.requireNonNull(kind, "kind");
            if (atNanos < 0 || durationNanos < 0) {
                throw new IllegalArgumentException("fault on " + gateway + ": times must be 0 or more, were "
                        + atNanos + " and " + durationNanos + " ns");
            }
        }
    }

    public ResolvedScenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(discipline, "discipline");
        gateways = List.copyOf(gateways);
        faults = List.copyOf(faults);
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        if (devices < 0) {
            throw new IllegalArgumentException("scenario " + name + ": devices must be 0 or more, was " + devices);
        }
        if (gateways.isEmpty()) {
            throw new IllegalArgumentException("scenario " + name + ": needs at least one gateway");
        }
    }

    /** The gateways' names, in scenario order. */
    public List<String> gatewayNames() {
        return gateways.stream().map(Gateway::name).toList();
    }

    /** The setting at {@code path}, if the file gave one. */
    public Optional<String> setting(String path) {
        return Optional.ofNullable(settings.get(path));
    }
}
