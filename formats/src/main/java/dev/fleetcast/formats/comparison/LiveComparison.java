package dev.fleetcast.formats.comparison;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A prediction set against one observed run: the content of {@code live-comparison.json}.
 *
 * @param scenario the scenario's name, as the prediction ran it
 * @param label what was observed, for titles: {@code live}, {@code test stand-in}; not blank
 * @param trace where the observation came from
 * @param prediction how the prediction was made
 * @param figures the scalar figures, in report order, each once
 * @param gateways devices per gateway at the end, one per gateway (matched by name) in the
 *     scenario's order, then any gateway only the trace has
 * @param notes for people: warnings (a scenario name that differs), how the band was made
 */
public record LiveComparison(String scenario, String label, TraceSource trace, PredictionSource prediction,
        List<ComparedFigure> figures, List<ComparedFigure> gateways, List<String> notes) {

    /**
     * @param file the trace file as the user named it
     * @param sha256 its SHA-256, 64 lower-case hex digits, or empty when not read from a file
     * @param scenario the scenario name the trace says it played, or empty
     * @param source the trace's own description of where it was recorded, or empty
     */
    public record TraceSource(String file, String sha256, String scenario, String source) {
        public TraceSource {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(scenario, "scenario");
            Objects.requireNonNull(source, "source");
            if (sha256 == null || !(sha256.isEmpty() || sha256.matches("[0-9a-f]{64}"))) {
                throw new IllegalArgumentException("trace sha256 must be 64 lower-case hex digits or empty, was "
                        + sha256);
            }
        }
    }

    /**
     * @param description for people: {@code simulated now} or the result directory read
     * @param seed the scenario seed the replications' seeds derive from
     * @param replications replications that succeeded and were compared (1 or more)
     * @param failed replications that failed and are left out (0 or more)
     */
    public record PredictionSource(String description, long seed, int replications, int failed) {
        public PredictionSource {
            Objects.requireNonNull(description, "description");
            if (replications < 1 || failed < 0) {
                throw new IllegalArgumentException("a prediction needs at least 1 replication and 0 or more failed, "
                        + "were " + replications + " and " + failed);
            }
        }
    }

    public LiveComparison {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(prediction, "prediction");
        figures = List.copyOf(figures);
        gateways = List.copyOf(gateways);
        notes = List.copyOf(notes);
        if (label.isBlank()) {
            throw new IllegalArgumentException("a comparison needs a label saying what was observed");
        }
        if (figures.stream().map(ComparedFigure::name).distinct().count() != figures.size()
                || gateways.stream().map(ComparedFigure::name).distinct().count() != gateways.size()) {
            throw new IllegalArgumentException("each figure and each gateway once in a comparison");
        }
    }

    /** The figures and gateways that fell outside their band. */
    public List<ComparedFigure> outside() {
        return Stream.concat(figures.stream(), gateways.stream())
                .filter(f -> f.verdict() == Verdict.OUTSIDE).toList();
    }
}
