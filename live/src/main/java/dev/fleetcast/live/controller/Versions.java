package dev.fleetcast.live.controller;

import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * resourceVersions as numbers. Kubernetes calls them opaque strings; the API servers we talk to
 * (etcd-backed and fabric8's mock) issue increasing integers, which is what model's
 * {@code long} versions and our read-your-writes comparison assume. A non-numeric version
 * reads as 0 (oldest).
 */
final class Versions {

    private Versions() {
    }

    static long of(HasMetadata object) {
        if (object == null || object.getMetadata() == null) {
            return 0;
        }
        String version = object.getMetadata().getResourceVersion();
        if (version == null) {
            return 0;
        }
        try {
            return Long.parseLong(version);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The newer of two copies of one object (by resourceVersion), either may be null. */
    static <T extends HasMetadata> T newer(T a, T b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return of(b) > of(a) ? b : a;
    }
}
