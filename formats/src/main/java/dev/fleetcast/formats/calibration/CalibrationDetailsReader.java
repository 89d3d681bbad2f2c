package dev.fleetcast.formats.calibration;

import dev.fleetcast.formats.DistributionSpecs;
import dev.fleetcast.formats.Seconds;
import dev.fleetcast.formats.Sha256;
import dev.fleetcast.formats.validation.Fields;
import dev.fleetcast.formats.validation.InvalidFileException;
import dev.fleetcast.formats.validation.Items;
import dev.fleetcast.formats.validation.Problems;
import dev.fleetcast.formats.yaml.Node;
import dev.fleetcast.formats.yaml.YamlTree;
import dev.fleetcast.model.distribution.DurationDistribution;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a calibration file with the details {@link CalibrationWriter} puts beside each
 * distribution, so that reports can draw the samples against the fitted law: the inverse of
 * {@link CalibrationWriter#write}. The file is first read by {@link CalibrationReader}, so it
 * is refused for exactly the same reasons and with the same messages; the details are then
 * checked as strictly, and every problem is thrown together as one {@link InvalidFileException}.
 */
public final class CalibrationDetailsReader {

    /**
     * Reads and validates {@code file}.
     *
     * @throws InvalidFileException listing every problem, or saying the file is missing or unreadable
     */
    public CalibrationDetails read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw CalibrationReader.single(name, "no such file", "the path of a calibration file (YAML or JSON)");
        } catch (IOException e) {
            throw CalibrationReader.single(name, "a file that cannot be read (" + e.getMessage() + ")",
                    "a readable calibration file");
        }
        return read(name, new String(bytes, StandardCharsets.UTF_8), Sha256.of(bytes));
    }

    /** Reads and validates {@code text}, naming it {@code name} in messages. */
    public CalibrationDetails read(String name, String text) {
        return read(name, text, Sha256.of(text));
    }

    private static CalibrationDetails read(String name, String text, String sha256) {
        CalibrationFile calibration = new CalibrationReader().read(name, text);
        // The reader above accepted the tree, so it is a mapping with a mapping of quantities.
        Node.Mapping top = (Node.Mapping) new YamlTree().parse(text);
        Node.Mapping all = (Node.Mapping) top.entries().get("quantities");
        Fields fields = new Fields(new Problems(name));
        List<CalibratedQuantity> quantities = new ArrayList<>();
        all.entries().forEach((key, node) -> quantity(fields, key, node, calibration.quantities().get(key))
                .ifPresent(quantities::add));
        fields.problems().throwIfAny();
        return new CalibrationDetails(name, sha256, calibration.source(), quantities);
    }

    private static Optional<CalibratedQuantity> quantity(Fields fields, String name, Node node,
            DurationDistribution distribution) {
        if (!(node instanceof Node.Mapping m)) {
            return Optional.of(new CalibratedQuantity(name, distribution, Optional.empty(), List.of(), List.of(),
                    List.of(), List.of(), new long[0]));
        }
        String path = "quantities." + name;
        Optional<Optional<CalibratedQuantity.FitStatistics>> fit = Fields.optional(m, "fit")
                .map(n -> fit(fields, n, path + ".fit")).orElse(Optional.of(Optional.empty()));
        Optional<List<CalibratedQuantity.Alternative>> alternatives = Items.optionalList(fields, m, path, "alternatives",
                CalibrationDetailsReader::alternative);
        Optional<List<String>> warnings = Items.optionalList(fields, m, path, "warnings", (f, n, p) -> f.string(n, p));
        Optional<List<DurationDistribution>> draws = Items.optionalList(fields, m, path, "draws",
                (f, n, p) -> f.parsed(n, p, DistributionSpecs::parse, DistributionSpecs.ALLOWED));
        Optional<List<CalibratedQuantity.SourceReference>> sources = Items.optionalList(fields, m, path, "sources",
                CalibrationDetailsReader::source);
        Optional<List<Long>> samples = Items.optionalList(fields, m, path, "samplesSeconds", Seconds::read);
        if (fit.isEmpty() || alternatives.isEmpty() || warnings.isEmpty() || draws.isEmpty() || sources.isEmpty()
                || samples.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CalibratedQuantity(name, distribution, fit.get(), alternatives.get(), warnings.get(),
                draws.get(), sources.get(), samples.get().stream().mapToLong(Long::longValue).toArray()));
    }

    /** {@code empirical} (no parametric fit), or the chosen fit's statistics. */
    private static Optional<Optional<CalibratedQuantity.FitStatistics>> fit(Fields fields, Node node, String path) {
        if (node instanceof Node.Scalar scalar && scalar.text().equals("empirical")) {
            return Optional.of(Optional.empty());
        }
        if (!(node instanceof Node.Mapping m)) {
            fields.problems().add(node, path, node.describe(), "\"empirical\", or a mapping of the fit's statistics");
            return Optional.empty();
        }
        Optional<String> family = Items.name(fields, m, path, "family");
        Optional<Boolean> shifted = fields.required(m, path, "shifted").flatMap(n -> fields.bool(n, path + ".shifted"));
        Optional<Double> logLikelihood = number(fields, m, path, "logLikelihood");
        Optional<Double> aic = number(fields, m, path, "aic");
        Optional<Double> bic = number(fields, m, path, "bic");
        Optional<Double> ks = number(fields, m, path, "ks");
        Optional<Double> ad = number(fields, m, path, "ad");
        Optional<Long> replicates = Fields.optional(m, "bootstrapReplicates")
                .map(n -> fields.integer(n, path + ".bootstrapReplicates", 0, Integer.MAX_VALUE)).orElse(Optional.of(0L));
        Optional<Double> ksP = Fields.optional(m, "ksPValue").map(n -> fields.number(n, path + ".ksPValue"))
                .orElse(Optional.of(Double.NaN));
        Optional<Double> adP = Fields.optional(m, "adPValue").map(n -> fields.number(n, path + ".adPValue"))
                .orElse(Optional.of(Double.NaN));
        if (family.isEmpty() || shifted.isEmpty() || logLikelihood.isEmpty() || aic.isEmpty() || bic.isEmpty()
                || ks.isEmpty() || ad.isEmpty() || replicates.isEmpty() || ksP.isEmpty() || adP.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Optional.of(new CalibratedQuantity.FitStatistics(family.get(), shifted.get(),
                logLikelihood.get(), aic.get(), bic.get(), ks.get(), ad.get(), replicates.get().intValue(), ksP.get(),
                adP.get())));
    }

    private static Optional<Double> number(Fields fields, Node.Mapping m, String path, String key) {
        return fields.required(m, path, key).flatMap(n -> fields.number(n, Fields.join(path, key)));
    }

    /** {@code {distribution: SPEC, aic: X}} (or {@code bic}). */
    private static Optional<CalibratedQuantity.Alternative> alternative(Fields fields, Node node, String path) {
        return fields.mapping(node, path).flatMap(m -> {
            Optional<String> spec = fields.required(m, path, "distribution")
                    .flatMap(n -> fields.parsed(n, path + ".distribution", DistributionSpecs::parse,
                            DistributionSpecs.ALLOWED).map(d -> ((Node.Scalar) n).text()));
            String criterion = m.entries().containsKey("bic") ? "bic" : "aic";
            Optional<Double> value = number(fields, m, path, criterion);
            if (spec.isEmpty() || value.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new CalibratedQuantity.Alternative(spec.get(), criterion, value.get()));
        });
    }

    private static Optional<CalibratedQuantity.SourceReference> source(Fields fields, Node node, String path) {
        return fields.mapping(node, path).flatMap(m -> {
            Optional<String> file = Items.name(fields, m, path, "file");
            Optional<String> sha = Items.text(fields, m, path, "sha256", "");
            Optional<Long> samples = fields.required(m, path, "samples")
                    .flatMap(n -> fields.integer(n, path + ".samples", 0, Integer.MAX_VALUE));
            if (file.isEmpty() || sha.isEmpty() || samples.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new CalibratedQuantity.SourceReference(file.get(), sha.get(), samples.get().intValue()));
        });
    }
}
