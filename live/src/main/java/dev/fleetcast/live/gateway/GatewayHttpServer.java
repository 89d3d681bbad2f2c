package dev.fleetcast.live.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's HTTP side, on its own port, for kubelet probes, the lab and Prometheus:
 * <ul>
 * <li>{@code GET /healthz}: 200 while the process runs;</li>
 * <li>{@code GET /readyz}: 200 when the TLS listener is up and the gateway is not draining, else 503;</li>
 * <li>{@code POST /drain}: stop accepting, close device connections gently; 202 with the count;</li>
 * <li>{@code GET /metrics}: Prometheus text format.</li>
 * </ul>
 * The JDK's {@code com.sun.net.httpserver} is enough for four tiny endpoints polled every few
 * seconds, and keeps probes off the Netty loops that carry device traffic.
 */
public final class GatewayHttpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayHttpServer.class);

    private final HttpServer http;
    private final ExecutorService executor;

    private GatewayHttpServer(HttpServer http, ExecutorService executor) {
        this.http = http;
        this.executor = executor;
    }

    /** Starts serving {@code gateway} on {@code host:port} (port 0 = any; see {@link #port()}). */
    public static GatewayHttpServer start(GatewayServer gateway, String host, int port) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(host, port), 64);
        http.createContext("/healthz", ex -> respond(ex, "GET", 200, "ok\n", "text/plain"));
        http.createContext("/readyz", ex -> {
            boolean ready = gateway.isReady();
            respond(ex, "GET", ready ? 200 : 503, ready ? "ready\n"
                    : gateway.isDraining() ? "draining\n" : "not ready: TLS listener not up\n", "text/plain");
        });
        http.createContext("/drain", ex -> {
            if (!"POST".equals(ex.getRequestMethod())) {
                respond(ex, "POST", 405, "use POST\n", "text/plain");
                return;
            }
            int n = gateway.drain();
            respond(ex, "POST", 202, "draining: closing " + n + " device connection(s)\n", "text/plain");
        });
        http.createContext("/metrics", ex -> respond(ex, "GET", 200, gateway.metrics().render(),
                "text/plain; version=0.0.4; charset=utf-8"));
        ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "gateway-http-" + gateway.name());
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(executor);
        http.start();
        LOG.info("gateway {}: HTTP on {}:{}", gateway.name(), host, http.getAddress().getPort());
        return new GatewayHttpServer(http, executor);
    }

    public int port() {
        return http.getAddress().getPort();
    }

    private static void respond(HttpExchange ex, String method, int status, String body, String type) throws IOException {
        try (ex) {
            if (!ex.getRequestMethod().equals(method) && !(method.equals("GET") && ex.getRequestMethod().equals("HEAD"))) {
                status = 405;
                body = "use " + method + "\n";
                ex.getResponseHeaders().set("Allow", method);
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", type);
            boolean head = ex.getRequestMethod().equals("HEAD");
            ex.sendResponseHeaders(status, head ? -1 : bytes.length);
            if (!head) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
    }
}
