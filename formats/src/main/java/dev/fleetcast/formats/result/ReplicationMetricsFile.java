package dev.fleetcast.formats.result;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads back the {@code metrics} of a replication's result file: what a resumed sweep needs of
 * a finished run. A file that is missing, unreadable, of another kind or without metrics is
 * "not finished" (empty), and the run is done again — result files are written whole or not
 * at all, so a half-written one cannot be mistaken for a finished run.
 */
public final class ReplicationMetricsFile {

    private final JsonMapper mapper = JsonMapper.builder().build();

    /** The metrics by name (NaN where the file has null), or empty when the run must be done again. */
    public Optional<Map<String, Double>> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = mapper.readTree(Files.readString(file));
            JsonNode metrics = root.path("metrics");
            if (!"platform-result".equals(root.path("kind").asString("")) || !metrics.isObject()) {
                return Optional.empty();
            }
            Map<String, Double> values = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : metrics.properties()) {
                values.put(entry.getKey(), entry.getValue().isNumber() ? entry.getValue().asDouble() : Double.NaN);
            }
            return Optional.of(values);
        } catch (IOException | JacksonException e) {
            return Optional.empty();
        }
    }
}
