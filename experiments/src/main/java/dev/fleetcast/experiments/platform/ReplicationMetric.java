package dev.fleetcast.experiments.platform;

import dev.fleetcast.model.result.PlatformOutcome;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * A scalar that one replication yields, summarised across replications.
 *
 * @param name stable name for files
 * @param unit unit of the value
 * @param value the value of one replication; NaN when the replication has none
 */
public record ReplicationMetric(String name, String unit, ToDoubleFunction<PlatformOutcome> value) {

    public ReplicationMetric {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(value, "value");
    }
}
