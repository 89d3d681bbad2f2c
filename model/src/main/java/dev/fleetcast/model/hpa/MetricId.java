package dev.fleetcast.model.hpa;

import java.util.Objects;

/**
 * Which series a metric reads, so that a snapshot's readings can be matched to the spec's
 * metrics. Fields that a source does not use are empty strings.
 *
 * @param source the metric's type
 * @param name the resource name ({@code cpu}, {@code memory}) or the metric's name
 * @param container the container of a ContainerResource metric
 * @param objectKind the described object's kind, for Object metrics
 * @param objectName the described object's name, for Object metrics
 */
public record MetricId(MetricSource source, String name, String container, String objectKind, String objectName) {

    public MetricId {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(objectKind, "objectKind");
        Objects.requireNonNull(objectName, "objectName");
        if (name.isBlank()) {
            throw new IllegalArgumentException(source.apiName() + " metric: the name must not be blank");
        }
    }

    public static MetricId resource(String resource) {
        return new MetricId(MetricSource.RESOURCE, resource, "", "", "");
    }

    public static MetricId containerResource(String resource, String container) {
        return new MetricId(MetricSource.CONTAINER_RESOURCE, resource, container, "", "");
    }

    public static MetricId pods(String metric) {
        return new MetricId(MetricSource.PODS, metric, "", "", "");
    }

    public static MetricId object(String metric, String kind, String objectName) {
        return new MetricId(MetricSource.OBJECT, metric, "", kind, objectName);
    }

    public static MetricId external(String metric) {
        return new MetricId(MetricSource.EXTERNAL, metric, "", "", "");
    }

    @Override
    public String toString() {
        switch (source) {
            case CONTAINER_RESOURCE:
                return "ContainerResource " + name + " of container " + container;
            case OBJECT:
                return "Object " + name + " of " + objectKind + "/" + objectName;
            default:
                return source.apiName() + " " + name;
        }
    }
}
