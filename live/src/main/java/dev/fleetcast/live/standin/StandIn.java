package dev.fleetcast.live.standin;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Objects;
import java.util.function.Function;

/**
 * The whole stand-in cluster: the mock API server with the CRDs, and the kubelet. Close it to
 * stop both (and every gateway server the launcher started).
 */
public final class StandIn implements AutoCloseable {

    private final MockApiServer server;
    private final KubernetesClient kubeletClient;
    private final Kubelet kubelet;

    private StandIn(MockApiServer server, KubernetesClient kubeletClient, Kubelet kubelet) {
        this.server = server;
        this.kubeletClient = kubeletClient;
        this.kubelet = kubelet;
    }

    /**
     * @param port the API server's port on 127.0.0.1, 0 for any free one
     * @param namespace where the kubelet runs Deployments
     */
    public static StandIn start(int port, String namespace, KubeletTimings timings, GatewayLauncher launcher) {
        Objects.requireNonNull(launcher, "launcher");
        return start(port, namespace, timings, client -> launcher);
    }

    /**
     * As {@link #start(int, String, KubeletTimings, GatewayLauncher)}, with a launcher made from
     * the stand-in's own client once the API server is up (gateways that write Device status need it).
     */
    public static StandIn start(int port, String namespace, KubeletTimings timings,
            Function<KubernetesClient, GatewayLauncher> launcherFactory) {
        Objects.requireNonNull(namespace, "namespace");
        MockApiServer server = MockApiServer.start(port);
        KubernetesClient client = server.newClient();
        try {
            Kubelet kubelet = new Kubelet(client, namespace, timings, launcherFactory.apply(client)).start();
            return new StandIn(server, client, kubelet);
        } catch (RuntimeException e) {
            client.close();
            server.close();
            throw e;
        }
    }

    public MockApiServer server() {
        return server;
    }

    public Kubelet kubelet() {
        return kubelet;
    }

    public String url() {
        return server.url();
    }

    @Override
    public void close() {
        kubelet.close();
        kubeletClient.close();
        server.close();
    }
}
