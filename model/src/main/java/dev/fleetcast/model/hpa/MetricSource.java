package dev.fleetcast.model.hpa;

/** The five metric source types of autoscaling/v2, with their names as the API spells them. */
public enum MetricSource {
    RESOURCE("Resource"),
    CONTAINER_RESOURCE("ContainerResource"),
    PODS("Pods"),
    OBJECT("Object"),
    EXTERNAL("External");

    private final String apiName;

    MetricSource(String apiName) {
        this.apiName = apiName;
    }

    /** {@code Resource}, {@code ContainerResource}, {@code Pods}, {@code Object} or {@code External}. */
    public String apiName() {
        return apiName;
    }
}
