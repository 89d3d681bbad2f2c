package dev.fleetcast.model.hpa;

import java.util.Objects;

/**
 * One entry of {@code spec.metrics}. Each type accepts the targets Kubernetes accepts for it:
 * Resource and ContainerResource take Utilization or AverageValue, Pods takes AverageValue,
 * Object and External take Value or AverageValue.
 */
public sealed interface MetricSpec {

    /** Which readings of a snapshot belong to this metric. */
    MetricId id();

    MetricTarget target();

    /**
     * How the controller names the metric in its conditions and events, such as
     * {@code cpu resource utilization (percentage of request)}.
     */
    String describe();

    /** {@code type: Resource}: a resource of each pod, summed over its containers. */
    record ResourceMetric(String resource, MetricTarget target) implements MetricSpec {
        public ResourceMetric {
            Objects.requireNonNull(resource, "resource");
            requireTarget(target, "Resource", MetricTarget.Utilization.class, MetricTarget.AverageValue.class);
        }

        @Override
        public MetricId id() {
            return MetricId.resource(resource);
        }

        @Override
        public String describe() {
            return target instanceof MetricTarget.Utilization
                    ? resource + " resource utilization (percentage of request)" : resource + " resource";
        }
    }

    /** {@code type: ContainerResource}: a resource of one named container of each pod. */
    record ContainerResourceMetric(String resource, String container, MetricTarget target) implements MetricSpec {
        public ContainerResourceMetric {
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(container, "container");
            if (container.isBlank()) {
                throw new IllegalArgumentException("ContainerResource metric: the container must not be blank");
            }
            requireTarget(target, "ContainerResource", MetricTarget.Utilization.class, MetricTarget.AverageValue.class);
        }

        @Override
        public MetricId id() {
            return MetricId.containerResource(resource, container);
        }

        @Override
        public String describe() {
            return target instanceof MetricTarget.Utilization
                    ? resource + " container resource utilization (percentage of request)" : resource + " resource";
        }
    }

    /** {@code type: Pods}: a custom metric per pod, averaged. */
    record PodsMetric(String metric, MetricTarget target) implements MetricSpec {
        public PodsMetric {
            Objects.requireNonNull(metric, "metric");
            requireTarget(target, "Pods", MetricTarget.AverageValue.class, MetricTarget.AverageValue.class);
        }

        @Override
        public MetricId id() {
            return MetricId.pods(metric);
        }

        @Override
        public String describe() {
            return "pods metric " + metric;
        }
    }

    /** {@code type: Object}: one value describing another object, such as an Ingress's request rate. */
    record ObjectMetric(String metric, String objectKind, String objectName, MetricTarget target)
            implements MetricSpec {
        public ObjectMetric {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(objectKind, "objectKind");
            Objects.requireNonNull(objectName, "objectName");
            requireTarget(target, "Object", MetricTarget.Value.class, MetricTarget.AverageValue.class);
        }

        @Override
        public MetricId id() {
            return MetricId.object(metric, objectKind, objectName);
        }

        @Override
        public String describe() {
            return objectKind + " metric " + metric;
        }
    }

    /** {@code type: External}: series from outside the cluster, summed. */
    record ExternalMetric(String metric, MetricTarget target) implements MetricSpec {
        public ExternalMetric {
            Objects.requireNonNull(metric, "metric");
            requireTarget(target, "External", MetricTarget.Value.class, MetricTarget.AverageValue.class);
        }

        @Override
        public MetricId id() {
            return MetricId.external(metric);
        }

        @Override
        public String describe() {
            return "external metric " + metric;
        }
    }

    private static void requireTarget(MetricTarget target, String type, Class<? extends MetricTarget> one,
            Class<? extends MetricTarget> other) {
        Objects.requireNonNull(target, "target");
        if (!one.isInstance(target) && !other.isInstance(target)) {
            String allowed = one == other ? one.getSimpleName() : one.getSimpleName() + " or " + other.getSimpleName();
            throw new IllegalArgumentException(type + " metric: target type must be " + allowed + ", was "
                    + target.getClass().getSimpleName());
        }
    }
}
