package dev.fleetcast.formats.comparison;

import dev.fleetcast.formats.validation.Fields;
import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes {@code live-comparison.json} (kind {@code live-comparison}, schemaVersion 1; see
 * docs/formats.md). A figure not observed or not predicted is written with {@code null}, never
 * with a zero.
 */
public final class LiveComparisonJson {

    /** The version of this file's schema. */
    public static final int SCHEMA_VERSION = 1;
    /** The file's kind. */
    public static final String KIND = "live-comparison";
    /** The file's usual name. */
    public static final String FILE_NAME = "live-comparison.json";

    private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** The file's text, ending in a newline. */
    public String write(LiveComparison comparison) {
        ObjectNode root = mapper.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("kind", KIND);
        root.put("scenario", comparison.scenario());
        root.put("label", comparison.label());
        ObjectNode trace = root.putObject("trace");
        trace.put("file", comparison.trace().file());
        trace.put("sha256", comparison.trace().sha256());
        trace.put("scenario", comparison.trace().scenario());
        trace.put("source", comparison.trace().source());
        ObjectNode prediction = root.putObject("prediction");
        prediction.put("description", comparison.prediction().description());
        prediction.put("seed", comparison.prediction().seed());
        prediction.put("replications", comparison.prediction().replications());
        prediction.put("failed", comparison.prediction().failed());
        figures(root.putArray("figures"), comparison.figures());
        figures(root.putArray("gateways"), comparison.gateways());
        ArrayNode notes = root.putArray("notes");
        comparison.notes().forEach(notes::add);
        return mapper.writeValueAsString(root) + "\n";
    }

    private static void figures(ArrayNode array, List<ComparedFigure> figures) {
        for (ComparedFigure figure : figures) {
            ObjectNode node = array.addObject();
            node.put("name", figure.name());
            node.put("unit", figure.unit());
            node.put("description", figure.description());
            if (figure.observed().isPresent()) {
                node.put("observed", figure.observed().getAsDouble());
            } else {
                node.putNull("observed");
            }
            node.put("verdict", Fields.kebab(figure.verdict()));
            if (figure.percentileRank().isPresent()) {
                node.put("percentileRank", figure.percentileRank().getAsDouble());
            } else {
                node.putNull("percentileRank");
            }
            if (figure.band().isPresent()) {
                PredictionBand band = figure.band().get();
                ObjectNode b = node.putObject("band");
                b.put("replications", band.replications());
                b.put("median", band.median());
                b.put("low", band.low());
                b.put("high", band.high());
                b.put("orderStatistic", band.orderStatistic());
                b.put("coverage", band.coverage());
            } else {
                node.putNull("band");
            }
            ArrayNode predicted = node.putArray("predicted");
            figure.predicted().forEach(predicted::add);
        }
    }
}
