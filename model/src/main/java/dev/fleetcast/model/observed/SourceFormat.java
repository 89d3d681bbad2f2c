package dev.fleetcast.model.observed;

/** The kinds of file observations come from. */
public enum SourceFormat {
    /** fleetcast's own trace, recorded by a live run (kind {@code fleetcast-trace}). */
    FLEETCAST_TRACE("fleetcast trace"),
    /** The JSON written by WASMBED's metrics collector, one file per scenario. */
    WASMBED_COLLECTOR("WASMBED collector JSON"),
    /** {@code kubectl get pods -o json}. */
    KUBECTL_PODS("kubectl get pods -o json"),
    /** {@code kubectl get events -o json}. */
    KUBECTL_EVENTS("kubectl get events -o json"),
    /** A CSV of samples with a header whose column names carry their units. */
    CSV_SAMPLES("CSV of samples");

    private final String description;

    SourceFormat(String description) {
        this.description = description;
    }

    /** For people: {@code "kubectl get pods -o json"}. */
    public String description() {
        return description;
    }
}
