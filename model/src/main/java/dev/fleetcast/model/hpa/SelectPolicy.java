package dev.fleetcast.model.hpa;

/** {@code selectPolicy} of a scaling direction: which policy's limit applies. */
public enum SelectPolicy {
    /** The policy that allows the biggest change (the default). */
    MAX("Max"),
    /** The policy that allows the smallest change. */
    MIN("Min"),
    /** No scaling in this direction. */
    DISABLED("Disabled");

    private final String apiName;

    SelectPolicy(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
