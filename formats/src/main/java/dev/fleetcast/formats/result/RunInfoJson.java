package dev.fleetcast.formats.result;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The run-info file ({@code run-info.json}, kind {@code run-info}, schemaVersion 1). */
public final class RunInfoJson {

    /** The version of this file's schema. */
    public static final int SCHEMA_VERSION = 1;

    private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** The file's text, ending in a newline. */
    public String write(RunInfo info) {
        ObjectNode root = mapper.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("kind", "run-info");
        root.put("fleetcastVersion", info.fleetcastVersion());
        root.put("startedAt", info.startedAt());
        root.put("wallSeconds", info.wallSeconds());
        root.put("host", info.host());
        root.put("java", info.java());
        root.put("processors", info.processors());
        ArrayNode inputs = root.putArray("inputs");
        for (InputFile input : info.inputs()) {
            ObjectNode file = inputs.addObject();
            file.put("role", input.role());
            file.put("path", input.path());
            file.put("sha256", input.sha256());
        }
        return mapper.writeValueAsString(root) + "\n";
    }
}
