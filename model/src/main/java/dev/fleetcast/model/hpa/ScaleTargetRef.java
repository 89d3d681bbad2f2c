package dev.fleetcast.model.hpa;

import java.util.Objects;

/**
 * What an HPA scales: {@code spec.scaleTargetRef}. It takes no part in the arithmetic; it
 * names the target in explanations.
 *
 * @param apiVersion such as {@code apps/v1}
 * @param kind such as {@code Deployment}
 * @param name the object's name, not blank
 */
public record ScaleTargetRef(String apiVersion, String kind, String name) {

    public ScaleTargetRef {
        Objects.requireNonNull(apiVersion, "apiVersion");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (kind.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("scaleTargetRef: kind and name must not be blank, were \""
                    + kind + "\" and \"" + name + "\"");
        }
    }

    @Override
    public String toString() {
        return kind + "/" + name;
    }
}
