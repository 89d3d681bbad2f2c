package dev.fleetcast.model.hpa;

import java.util.List;
import java.util.Objects;

/**
 * What the metrics APIs returned for one metric at a reconcile.
 *
 * @param id which metric this reading answers
 * @param data the values, or why there are none
 */
public record MetricReading(MetricId id, Data data) {

    /** The body of a reading; which kinds fit which source is checked by {@link MetricReading}. */
    public sealed interface Data {
    }

    /** Per-pod samples: Resource, ContainerResource and Pods metrics. Empty means the API returned none. */
    public record PodSamples(List<PodSample> samples) implements Data {
        public PodSamples {
            samples = List.copyOf(samples);
            if (samples.stream().map(PodSample::pod).distinct().count() != samples.size()) {
                throw new IllegalArgumentException("two samples name the same pod");
            }
        }
    }

    /** The described object's value: Object metrics. */
    public record ObjectValue(long valueMilli) implements Data {
    }

    /** Every returned series' value: External metrics. Empty means the API returned none. */
    public record ExternalValues(List<Long> valuesMilli) implements Data {
        public ExternalValues {
            valuesMilli = List.copyOf(valuesMilli);
        }
    }

    /** The metrics API failed; {@code reason} is its error. Any source. */
    public record Unavailable(String reason) implements Data {
        public Unavailable {
            Objects.requireNonNull(reason, "reason");
        }
    }

    public MetricReading {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(data, "data");
        boolean fits;
        switch (id.source()) {
            case OBJECT:
                fits = data instanceof ObjectValue || data instanceof Unavailable;
                break;
            case EXTERNAL:
                fits = data instanceof ExternalValues || data instanceof Unavailable;
                break;
            default:
                fits = data instanceof PodSamples || data instanceof Unavailable;
        }
        if (!fits) {
            throw new IllegalArgumentException(id + ": a " + id.source().apiName() + " metric cannot be read as "
                    + data.getClass().getSimpleName());
        }
    }
}
