package dev.fleetcast.model.hpa;

/** A pod's {@code status.phase}. */
public enum PodPhase {
    PENDING("Pending"),
    RUNNING("Running"),
    SUCCEEDED("Succeeded"),
    FAILED("Failed"),
    UNKNOWN("Unknown");

    private final String apiName;

    PodPhase(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
