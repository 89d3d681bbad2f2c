package dev.fleetcast.formats.hpa;

import dev.fleetcast.model.hpa.HpaSpec;
import java.util.Objects;

/**
 * An HPA manifest as read: its name and namespace (empty when the manifest has none) and its
 * spec with every API default filled in.
 */
public record HpaManifest(String name, String namespace, HpaSpec spec) {

    public HpaManifest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(spec, "spec");
    }
}
