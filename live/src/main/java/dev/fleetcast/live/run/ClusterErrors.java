package dev.fleetcast.live.run;

import io.fabric8.kubernetes.client.KubernetesClientException;

/** The server's own words from a failed request, for one-line messages. */
final class ClusterErrors {

    private ClusterErrors() {
    }

    /** "HTTP 403: devices is forbidden: …", or the exception's message when the server said nothing. */
    static String describe(RuntimeException e) {
        if (e instanceof KubernetesClientException k) {
            String message = k.getStatus() != null && k.getStatus().getMessage() != null
                    ? k.getStatus().getMessage() : k.getMessage();
            if (k.getCode() > 0) {
                return "HTTP " + k.getCode() + ": " + message;
            }
            Throwable root = k;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return root == k ? String.valueOf(message)
                    : message + " (" + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": "
                            + root.getMessage()) + ")";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
