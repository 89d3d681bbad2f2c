package dev.fleetcast.formats.result;

import dev.fleetcast.model.result.MetricEstimate;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A run's summary across replications: {@code summary.csv} (one row a metric) and
 * {@code summary.json} (kind {@code run-summary}, schemaVersion 1).
 */
public final class RunSummary {

    /** The version of summary.json's schema. */
    public static final int SCHEMA_VERSION = 1;

    private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /**
     * CSV with header {@code metric,unit,n,mean,ci_low,ci_high,half_width,level}; empty fields
     * where a value is undefined (no data, or one replication).
     */
    public static String csv(List<MetricEstimate> estimates) {
        StringBuilder csv = new StringBuilder("metric,unit,n,mean,ci_low,ci_high,half_width,level\n");
        for (MetricEstimate e : estimates) {
            csv.append(e.metric()).append(',').append(e.unit()).append(',').append(e.n()).append(',')
                    .append(number(e.mean())).append(',').append(number(e.mean() - e.halfWidth())).append(',')
                    .append(number(e.mean() + e.halfWidth())).append(',').append(number(e.halfWidth())).append(',')
                    .append(number(e.level())).append('\n');
        }
        return csv.toString();
    }

    /** The JSON summary, ending in a newline. */
    public String json(String scenarioName, long scenarioSeed, int replications, List<String> failures,
            List<MetricEstimate> estimates, String fleetcastVersion) {
        ObjectNode root = mapper.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("kind", "run-summary");
        root.put("fleetcastVersion", fleetcastVersion);
        root.put("scenario", scenarioName);
        root.put("scenarioSeed", scenarioSeed);
        root.put("replications", replications);
        ArrayNode failed = root.putArray("failedReplications");
        failures.forEach(failed::add);
        ArrayNode metrics = root.putArray("metrics");
        for (MetricEstimate e : estimates) {
            ObjectNode node = metrics.addObject();
            node.put("metric", e.metric());
            node.put("unit", e.unit());
            node.put("n", e.n());
            JsonNumbers.putNullable(node, "mean", e.mean());
            JsonNumbers.putNullable(node, "ciLow", e.mean() - e.halfWidth());
            JsonNumbers.putNullable(node, "ciHigh", e.mean() + e.halfWidth());
            JsonNumbers.putNullable(node, "halfWidth", e.halfWidth());
            node.put("level", e.level());
        }
        return mapper.writeValueAsString(root) + "\n";
    }

    private static String number(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "" : String.format(Locale.ROOT, "%.6g", value);
    }
}
