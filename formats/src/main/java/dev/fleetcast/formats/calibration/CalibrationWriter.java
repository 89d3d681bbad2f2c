package dev.fleetcast.formats.calibration;

import dev.fleetcast.formats.DistributionSpecs;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Writes a calibration file (YAML, kind {@code calibration}, schemaVersion 1) that
 * {@link CalibrationReader} reads back: each quantity's {@code distribution}, and beside it
 * what people and figures need — the fit's statistics, the alternatives, warnings, sources
 * with their hashes, bootstrap draws and the samples themselves (in seconds).
 */
public final class CalibrationWriter {

    private final YAMLMapper mapper = YAMLMapper.builder().build();

    /** The file's text. */
    public String write(String source, List<CalibratedQuantity> quantities) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("schemaVersion", CalibrationReader.SCHEMA_VERSION);
        root.put("kind", "calibration");
        root.put("source", source);
        ObjectNode all = root.putObject("quantities");
        for (CalibratedQuantity quantity : quantities) {
            ObjectNode q = all.putObject(quantity.name());
            q.put("distribution", DistributionSpecs.describe(quantity.distribution()));
            q.put("samples", quantity.samplesNanos().length);
            quantity.fit().ifPresentOrElse(fit -> {
                ObjectNode f = q.putObject("fit");
                f.put("family", fit.family());
                f.put("shifted", fit.shifted());
                f.put("logLikelihood", fit.logLikelihood());
                f.put("aic", fit.aic());
                f.put("bic", fit.bic());
                f.put("ks", fit.ks());
                f.put("ad", fit.ad());
                if (fit.bootstrapReplicates() > 0) {
                    f.put("bootstrapReplicates", fit.bootstrapReplicates());
                    f.put("ksPValue", fit.ksPValue());
                    f.put("adPValue", fit.adPValue());
                }
            }, () -> q.put("fit", "empirical"));
            ArrayNode alternatives = q.putArray("alternatives");
            for (CalibratedQuantity.Alternative alternative : quantity.alternatives()) {
                ObjectNode a = alternatives.addObject();
                a.put("distribution", alternative.spec());
                a.put(alternative.criterion(), alternative.value());
            }
            ArrayNode warnings = q.putArray("warnings");
            quantity.warnings().forEach(warnings::add);
            ArrayNode sources = q.putArray("sources");
            for (CalibratedQuantity.SourceReference reference : quantity.sources()) {
                ObjectNode s = sources.addObject();
                s.put("file", reference.file());
                s.put("sha256", reference.sha256());
                s.put("samples", reference.samples());
            }
            ArrayNode draws = q.putArray("draws");
            quantity.draws().forEach(d -> draws.add(DistributionSpecs.describe(d)));
            ArrayNode samples = q.putArray("samplesSeconds");
            for (long nanos : quantity.samplesNanos()) {
                samples.add(nanos / 1e9);
            }
        }
        return mapper.writeValueAsString(root);
    }
}
