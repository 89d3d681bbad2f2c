package dev.fleetcast.formats.hpa;

import dev.fleetcast.model.hpa.HpaSettings;
import dev.fleetcast.model.hpa.HpaSnapshot;
import java.util.Objects;

/** A reconcile snapshot file as read: what the controller sees, and its flags (defaults where unsaid). */
public record HpaSnapshotFile(HpaSnapshot snapshot, HpaSettings settings) {

    public HpaSnapshotFile {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(settings, "settings");
    }
}
