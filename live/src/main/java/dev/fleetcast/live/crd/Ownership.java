package dev.fleetcast.live.crd;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The labels on everything fleetcast creates: {@code app.kubernetes.io/managed-by=fleetcast},
 * and {@code fleetcast.dev/run=<run id>} naming the run that made it, so that a run's objects
 * can be listed and cleaned up by label.
 *
 * @param runId the run's id, a valid label value (at most 63 characters, alphanumerics with
 *     '-', '_' or '.' inside)
 */
public record Ownership(String runId) {

    public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    public static final String MANAGER = "fleetcast";
    public static final String RUN = "fleetcast.dev/run";

    private static final Pattern LABEL_VALUE = Pattern.compile("([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)");

    public Ownership {
        Objects.requireNonNull(runId, "runId");
        if (!LABEL_VALUE.matcher(runId).matches()) {
            throw new IllegalArgumentException("run id \"" + runId + "\" is not a valid Kubernetes label value: "
                    + "at most 63 characters, letters and digits with '-', '_' or '.' inside");
        }
    }

    /** The two labels, as a new mutable map. */
    public Map<String, String> labels() {
        Map<String, String> labels = new HashMap<>();
        labels.put(MANAGED_BY, MANAGER);
        labels.put(RUN, runId);
        return labels;
    }

    /** Adds the labels to {@code object}'s metadata (keeping its other labels) and returns it. */
    public <T extends HasMetadata> T apply(T object) {
        Map<String, String> labels = object.getMetadata().getLabels() == null ? new HashMap<>()
                : new HashMap<>(object.getMetadata().getLabels());
        labels.putAll(labels());
        object.getMetadata().setLabels(labels);
        return object;
    }

    /** Whether {@code object} carries the managed-by label. */
    public static boolean managedByFleetcast(HasMetadata object) {
        Map<String, String> labels = object.getMetadata() == null ? null : object.getMetadata().getLabels();
        return labels != null && MANAGER.equals(labels.get(MANAGED_BY));
    }
}
