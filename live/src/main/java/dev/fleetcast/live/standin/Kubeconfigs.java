package dev.fleetcast.live.standin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A kubeconfig that points at the stand-in: plain HTTP on 127.0.0.1, no credentials. */
public final class Kubeconfigs {

    public static final String NAME = "fleetcast-stand-in";

    private Kubeconfigs() {
    }

    /** The kubeconfig's text for a server at {@code url}, with {@code namespace} as the context's default. */
    public static String forServer(String url, String namespace) {
        return "apiVersion: v1\n"
                + "kind: Config\n"
                + "clusters:\n"
                + "- name: " + NAME + "\n"
                + "  cluster:\n"
                + "    server: " + url + "\n"
                + "contexts:\n"
                + "- name: " + NAME + "\n"
                + "  context:\n"
                + "    cluster: " + NAME + "\n"
                + "    user: " + NAME + "\n"
                + "    namespace: " + namespace + "\n"
                + "current-context: " + NAME + "\n"
                + "users:\n"
                + "- name: " + NAME + "\n"
                + "  user: {}\n";
    }

    /** Writes it to {@code file} (replacing it), creating missing parent directories. */
    public static void write(Path file, String url, String namespace) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, forServer(url, namespace));
    }
}
