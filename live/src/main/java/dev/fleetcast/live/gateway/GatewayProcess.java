package dev.fleetcast.live.gateway;

import java.io.IOException;
import java.time.Clock;
import java.util.Objects;

import io.netty.handler.ssl.SslContext;

/**
 * A whole gateway as one process runs it: the TLS server, its HTTP side and its status reporter,
 * started in that order and stopped in reverse (the server first, so its last disconnect reports
 * reach the reporter, which then flushes; HTTP last, so probes see the end). Used by
 * {@code fleetcast live gateway} and by anything that launches gateways in-process.
 */
public final class GatewayProcess implements AutoCloseable {

    private final GatewayServer server;
    private final GatewayHttpServer http;
    private final DeviceStatusReporter reporter;

    private GatewayProcess(GatewayServer server, GatewayHttpServer http, DeviceStatusReporter reporter) {
        this.server = server;
        this.http = http;
        this.reporter = reporter;
    }

    /**
     * Starts a gateway. On failure, whatever was started is stopped again.
     *
     * @param httpPort the HTTP port; 0 = any (see {@link #httpPort()})
     */
    public static GatewayProcess start(GatewayServerConfig config, SslContext tls, DeviceStatusReporter reporter,
            Clock clock, int httpPort) throws IOException, InterruptedException {
        Objects.requireNonNull(reporter, "reporter");
        GatewayServer server = new GatewayServer(config, tls, reporter, clock);
        try {
            server.start();
            GatewayHttpServer http = GatewayHttpServer.start(server, config.bindHost(), httpPort);
            return new GatewayProcess(server, http, reporter);
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            reporter.close();
            throw e;
        }
    }

    public GatewayServer server() {
        return server;
    }

    public int tlsPort() {
        return server.port();
    }

    public int httpPort() {
        return http.port();
    }

    @Override
    public void close() {
        server.close();
        reporter.close();
        http.close();
    }
}
