package dev.fleetcast.live.standin;

import dev.fleetcast.live.crd.CrdManifests;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.HashMap;

/**
 * fabric8's mock API server in CRUD mode on 127.0.0.1 over plain HTTP, with fleetcast's CRDs
 * created in it (without them the mock has no status subresource). Known limits of the mock
 * (fabric8 8.0): no 409 from updateStatus (patchStatus and update do check versions), set-based
 * label selectors ignored, field selectors only on name and namespace, no server-side apply,
 * no garbage collection of owned objects.
 */
public final class MockApiServer implements AutoCloseable {

    /**
     * The mock logs every request at INFO through java.util.logging; a run of thousands of
     * requests would drown the console. Held here so the level setting is not garbage-collected.
     */
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MockApiServer.class);
    private static final java.util.logging.Logger REQUEST_LOG =
            java.util.logging.Logger.getLogger("io.fabric8.mockwebserver.MockWebServer");

    private final KubernetesMockServer server;
    private final ApiFaults faults;

    private MockApiServer(KubernetesMockServer server, ApiFaults faults) {
        this.server = server;
        this.faults = faults;
    }

    /**
     * Starts the server.
     *
     * @param port the port on 127.0.0.1, or 0 for any free one
     */
    public static MockApiServer start(int port) {
        REQUEST_LOG.setLevel(java.util.logging.Level.WARNING);
        ApiFaults faults = new ApiFaults();
        KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                new FaultInjectingDispatcher(faults), false);
        try {
            server.init(InetAddress.getByName("127.0.0.1"), port);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the mock API server on 127.0.0.1:" + port, e);
        }
        MockApiServer started = new MockApiServer(server, faults);
        try (KubernetesClient client = started.newClient()) {
            CrdManifests.install(client);
        }
        return started;
    }

    /** Where to inject API errors. */
    public ApiFaults faults() {
        return faults;
    }

    /** The port it listens on. */
    public int port() {
        return server.getPort();
    }

    /** Its URL, {@code http://127.0.0.1:<port>}. */
    public String url() {
        return "http://127.0.0.1:" + port();
    }

    /** Client configuration for it: no TLS, no credentials, namespace {@code default}. */
    public Config config() {
        return new ConfigBuilder(Config.empty()).withMasterUrl(url()).withNamespace("default")
                .withTrustCerts(true).withRequestRetryBackoffLimit(0).build();
    }

    /** A new client of it; the caller closes it. */
    public KubernetesClient newClient() {
        return new KubernetesClientBuilder().withConfig(config()).build();
    }

    /** A new client for another master URL (a proxy in front of this server, say). */
    public static KubernetesClient clientFor(String url) {
        return new KubernetesClientBuilder().withConfig(new ConfigBuilder(Config.empty()).withMasterUrl(url)
                .withNamespace("default").withRequestRetryBackoffLimit(0).build()).build();
    }

    @Override
    public void close() {
        try {
            server.destroy();
        } catch (IllegalStateException e) {
            // fabric8's mock server waits on a closing watch's pending sends from its own event loop; when a
            // watch closes mid-burst its shutdown times out. The server is going away either way: say so, go on.
            LOG.warn("the stand-in API server did not shut down cleanly ({}); its threads end with the process",
                    e.getMessage());
        }
    }
}
