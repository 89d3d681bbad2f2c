package dev.fleetcast.live.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.netty.buffer.Unpooled;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.handler.ssl.SslContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fleetcast.live.gateway.DeviceEvent.Kind;
import dev.fleetcast.live.protocol.ClientMessage;
import dev.fleetcast.live.protocol.Framing;
import dev.fleetcast.live.protocol.ProtocolClient;
import dev.fleetcast.live.protocol.ServerMessage;
import dev.fleetcast.live.tls.CertificateAuthority;
import dev.fleetcast.live.tls.IssuedCertificate;
import dev.fleetcast.live.tls.TlsContexts;

class GatewayServerTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private static CertificateAuthority ca;
    private static SslContext serverTls;
    private static final Map<String, IssuedCertificate> devices = new HashMap<>();
    private static EventLoopGroup clients;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T12:00:00Z"));
    private final InMemoryDeviceStatusReporter reporter = new InMemoryDeviceStatusReporter();
    private GatewayServer gateway;
    private GatewayHttpServer http;

    @BeforeAll
    static void certificates() {
        ca = CertificateAuthority.create("test-ca", Duration.ofDays(1), Clock.systemUTC());
        serverTls = TlsContexts.server(ca.issueServer("g1", List.of("localhost", "127.0.0.1"), Duration.ofDays(1)),
                List.of(), ca.certificate().certificate());
        for (String d : List.of("d1", "d2", "d3")) {
            devices.put(d, ca.issueClient(d, Duration.ofDays(1)));
        }
        clients = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    }

    @AfterAll
    static void stopClients() {
        clients.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() {
        if (http != null) {
            http.close();
        }
        if (gateway != null) {
            gateway.close();
        }
    }

    private void start(GatewayServerConfig config, Clock c) throws Exception {
        gateway = new GatewayServer(config, serverTls, reporter, c).start();
        http = GatewayHttpServer.start(gateway, "127.0.0.1", 0);
    }

    private void start() throws Exception {
        // monitor effectively off: tests call checkHeartbeats() after moving the clock
        start(GatewayServerConfig.of("g1", "127.0.0.1", 0, TIMEOUT).withMonitorInterval(Duration.ofHours(1)), clock);
    }

    private ProtocolClient connect(String device) throws Exception {
        SslContext tls = TlsContexts.client(devices.get(device), ca.certificate().certificate());
        return ProtocolClient.await(ProtocolClient.connect(clients, tls, "127.0.0.1", gateway.port(), WAIT), WAIT);
    }

    private static byte[] key(String device) {
        return devices.get(device).certificate().getPublicKey().getEncoded();
    }

    private HttpResponse<String> http(String method, String path) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(WAIT).build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
    }

    private void awaitEvent(Kind kind, String device) throws InterruptedException {
        assertThat(reporter.await(e -> e.kind() == kind && e.device().equals(device), WAIT.toMillis()))
                .as(kind + " for " + device + " in " + reporter.events()).isPresent();
    }

    @Test
    void enrollmentFollowsWasmbedsSequenceAndReportsEnrolledThenConnected() throws Exception {
        start();
        try (ProtocolClient d1 = connect("d1")) {
            // step by step: each reply must carry the request's message id or the future would not complete
            assertThat(ProtocolClient.await(d1.request(new ClientMessage.EnrollmentRequest()), WAIT))
                    .isEqualTo(new ServerMessage.EnrollmentAccepted());
            clock.advance(Duration.ofMillis(40));
            ServerMessage uuid = ProtocolClient.await(d1.request(new ClientMessage.PublicKey(key("d1"))), WAIT);
            assertThat(uuid).isEqualTo(new ServerMessage.DeviceUuid(DeviceSession.uuidOf("d1")));
            clock.advance(Duration.ofMillis(20));
            assertThat(ProtocolClient.await(d1.request(new ClientMessage.EnrollmentAcknowledgment()), WAIT))
                    .isEqualTo(new ServerMessage.EnrollmentCompleted());
            assertThat(reporter.kinds("d1")).containsExactly(Kind.ENROLLED, Kind.CONNECTED);
            assertThat(reporter.events().get(1).at()).isEqualTo(Instant.parse("2026-11-24T12:00:00.060Z"));
            assertThat(gateway.connectedDevices()).isEqualTo(1);
            assertThat(gateway.metrics().enrollmentsTotal()).isEqualTo(1);
            String metrics = http("GET", "/metrics").body();
            assertThat(metrics).contains("fleetcast_gateway_enrollment_latency_seconds_bucket{gateway=\"g1\",le=\"0.05\"} 0")
                    .contains("fleetcast_gateway_enrollment_latency_seconds_bucket{gateway=\"g1\",le=\"0.1\"} 1")
                    .contains("fleetcast_gateway_enrollment_latency_seconds_count{gateway=\"g1\"} 1");
        }
        awaitEvent(Kind.DISCONNECTED, "d1");
        assertThat(gateway.connectedDevices()).isZero();
    }

    @Test
    void enrollmentIsRejectedForAForeignKeyOutOfOrderOrWithoutPairingMode() throws Exception {
        start();
        try (ProtocolClient d1 = connect("d1")) {
            assertThatThrownBy(() -> ProtocolClient.await(d1.enroll(key("d2")), WAIT))
                    .hasMessageContaining("Public key mismatch with TLS certificate");
            ServerMessage early = ProtocolClient.await(d1.request(new ClientMessage.EnrollmentAcknowledgment()), WAIT);
            assertThat(early).isInstanceOf(ServerMessage.EnrollmentRejected.class);
            // after rejections, a correct sequence still works on the same connection
            assertThat(ProtocolClient.await(d1.enroll(key("d1")), WAIT)).isEqualTo(DeviceSession.uuidOf("d1"));
        }
        gateway.close();
        http.close();
        start(GatewayServerConfig.of("g1", "127.0.0.1", 0, TIMEOUT).withPairingMode(false), clock);
        try (ProtocolClient d2 = connect("d2")) {
            assertThatThrownBy(() -> ProtocolClient.await(d2.enroll(key("d2")), WAIT))
                    .hasMessageContaining("Pairing mode disabled");
        }
    }

    @Test
    void heartbeatsAreAcknowledgedAndCounted() throws Exception {
        start();
        try (ProtocolClient d1 = connect("d1")) {
            ProtocolClient.await(d1.enroll(key("d1")), WAIT);
            for (int i = 0; i < 3; i++) {
                clock.advance(Duration.ofSeconds(30));
                ProtocolClient.await(d1.heartbeat(), WAIT);
            }
            assertThat(reporter.kinds("d1")).containsExactly(Kind.ENROLLED, Kind.CONNECTED, Kind.HEARTBEAT,
                    Kind.HEARTBEAT, Kind.HEARTBEAT);
            assertThat(reporter.events().get(4).at()).isEqualTo(Instant.parse("2026-11-24T12:01:30Z"));
            assertThat(http("GET", "/metrics").body()).contains("fleetcast_gateway_heartbeats_total{gateway=\"g1\"} 3")
                    .contains("fleetcast_gateway_connected_devices{gateway=\"g1\"} 1");
        }
    }

    @Test
    void aSilentDeviceBecomesUnreachableAndIsClosedWhileALiveOneStays() throws Exception {
        start();
        ProtocolClient d1 = connect("d1");
        ProtocolClient d2 = connect("d2");
        ProtocolClient.await(d1.enroll(key("d1")), WAIT);
        ProtocolClient.await(d2.enroll(key("d2")), WAIT);
        clock.advance(Duration.ofSeconds(60));
        ProtocolClient.await(d2.heartbeat(), WAIT);
        gateway.checkHeartbeats();               // d1 silent 60 s < 90 s: nothing yet
        clock.advance(Duration.ofSeconds(31));   // d1 silent 91 s, d2 31 s
        gateway.checkHeartbeats();
        ProtocolClient.await(d1.closeFuture(), WAIT);
        awaitEvent(Kind.UNREACHABLE, "d1");
        assertThat(reporter.kinds("d1")).containsExactly(Kind.ENROLLED, Kind.CONNECTED, Kind.UNREACHABLE);
        assertThat(d2.isOpen()).isTrue();
        ProtocolClient.await(d2.heartbeat(), WAIT);
        assertThat(gateway.connectedDeviceNames()).containsExactly("d2");
        assertThat(gateway.metrics().unreachableTotal()).isEqualTo(1);
        d2.close();
    }

    @Test
    void theMonitorRunsByItselfOnTheRealClock() throws Exception {
        start(GatewayServerConfig.of("g1", "127.0.0.1", 0, Duration.ofMillis(300)).withMonitorInterval(Duration.ofMillis(50)),
                Clock.systemUTC());
        ProtocolClient d1 = connect("d1");
        ProtocolClient.await(d1.enroll(key("d1")), WAIT);
        ProtocolClient.await(d1.closeFuture(), WAIT);
        awaitEvent(Kind.UNREACHABLE, "d1");
    }

    @Test
    void drainClosesConnectionsAndReadinessTurns503() throws Exception {
        start();
        assertThat(http("GET", "/readyz").statusCode()).isEqualTo(200);
        assertThat(http("GET", "/healthz").statusCode()).isEqualTo(200);
        ProtocolClient d1 = connect("d1");
        ProtocolClient d2 = connect("d2");
        ProtocolClient.await(d1.enroll(key("d1")), WAIT);
        ProtocolClient.await(d2.enroll(key("d2")), WAIT);
        assertThat(http("GET", "/drain").statusCode()).isEqualTo(405);
        HttpResponse<String> drain = http("POST", "/drain");
        assertThat(drain.statusCode()).isEqualTo(202);
        assertThat(drain.body()).contains("closing 2");
        ProtocolClient.await(d1.closeFuture(), WAIT);
        ProtocolClient.await(d2.closeFuture(), WAIT);
        assertThat(http("GET", "/readyz").statusCode()).isEqualTo(503);
        assertThat(http("GET", "/healthz").statusCode()).isEqualTo(200);
        awaitEvent(Kind.DISCONNECTED, "d1");
        awaitEvent(Kind.DISCONNECTED, "d2");
        assertThatThrownBy(() -> connect("d3")).isInstanceOf(Exception.class); // no longer accepting
    }

    @Test
    void aMalformedFrameClosesOnlyThatConnection() throws Exception {
        start();
        ProtocolClient d1 = connect("d1");
        ProtocolClient d2 = connect("d2");
        ProtocolClient d3 = connect("d3");
        ProtocolClient.await(d2.enroll(key("d2")), WAIT);
        // bypass the client's framing (write below it, through TLS): a frame with unknown tag 9
        rawWrite(d1, "00000005 8300008109");
        ProtocolClient.await(d1.closeFuture(), WAIT);
        // a length prefix far over the cap: refused on sight
        rawWrite(d3, "7fffffff 00");
        ProtocolClient.await(d3.closeFuture(), WAIT);
        awaitEvent(Kind.DISCONNECTED, "d1");
        awaitEvent(Kind.DISCONNECTED, "d3");
        ProtocolClient.await(d2.heartbeat(), WAIT);
        assertThat(d2.isOpen()).isTrue();
        assertThat(gateway.metrics().malformedFramesTotal()).isEqualTo(2);
        assertThat(http("GET", "/metrics").body()).contains("fleetcast_gateway_malformed_frames_total{gateway=\"g1\"} 2");
        d2.close();
    }

    @Test
    void aSecondConnectionOfTheSameDeviceReplacesTheFirstWithoutADisconnectReport() throws Exception {
        start();
        ProtocolClient first = connect("d1");
        ProtocolClient.await(first.enroll(key("d1")), WAIT);
        ProtocolClient second = connect("d1");
        ProtocolClient.await(first.closeFuture(), WAIT);
        ProtocolClient.await(second.enroll(key("d1")), WAIT);
        assertThat(gateway.connectedDeviceNames()).containsExactly("d1");
        assertThat(reporter.kinds("d1")).containsExactly(Kind.ENROLLED, Kind.CONNECTED, Kind.ENROLLED, Kind.CONNECTED);
        second.close();
    }

    @Test
    void notReadyBeforeTheTlsListenerIsUp() throws Exception {
        gateway = new GatewayServer(GatewayServerConfig.of("g1", "127.0.0.1", 0, TIMEOUT), serverTls, reporter, clock);
        http = GatewayHttpServer.start(gateway, "127.0.0.1", 0);
        HttpResponse<String> before = http("GET", "/readyz");
        assertThat(before.statusCode()).isEqualTo(503);
        assertThat(before.body()).contains("TLS listener not up");
        gateway.start();
        assertThat(http("GET", "/readyz").statusCode()).isEqualTo(200);
        assertThat(http("GET", "/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void closeReportsEveryOpenConnectionBeforeItReturns() throws Exception {
        start();
        ProtocolClient d1 = connect("d1");
        ProtocolClient d2 = connect("d2");
        ProtocolClient.await(d1.enroll(key("d1")), WAIT);
        ProtocolClient.await(d2.enroll(key("d2")), WAIT);
        gateway.close();
        assertThat(reporter.kinds("d1")).endsWith(Kind.DISCONNECTED);
        assertThat(reporter.kinds("d2")).endsWith(Kind.DISCONNECTED);
        assertThat(gateway.isReady()).isFalse();
    }

    private static void rawWrite(ProtocolClient client, String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex.replace(" ", ""));
        client.channel().pipeline().context(Framing.FRAME_DECODER).writeAndFlush(Unpooled.wrappedBuffer(bytes));
    }

}
