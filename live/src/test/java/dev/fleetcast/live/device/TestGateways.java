package dev.fleetcast.live.device;

import dev.fleetcast.live.gateway.GatewayServerConfig;
import dev.fleetcast.live.gateway.GatewayServer;
import dev.fleetcast.live.gateway.InMemoryDeviceStatusReporter;
import dev.fleetcast.live.tls.CertificateAuthority;
import dev.fleetcast.live.tls.IssuedCertificate;
import dev.fleetcast.live.tls.TlsContexts;
import io.netty.channel.EventLoopGroup;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** The proto branch's gateway server on 127.0.0.1 and a CA for it and the devices, made per test. */
public final class TestGateways {

    private static final Duration DAY = Duration.ofDays(1);

    public final CertificateAuthority ca = CertificateAuthority.create("fleet-ca", DAY, Clock.systemUTC());
    public final InMemoryDeviceStatusReporter reporter = new InMemoryDeviceStatusReporter();
    private final EventLoopGroup group;

    public TestGateways(EventLoopGroup group) {
        this.group = group;
    }

    /** Starts gateway {@code name} on 127.0.0.1:{@code port} (0: any free port). */
    public GatewayServer start(String name, int port) throws InterruptedException {
        IssuedCertificate identity = ca.issueServer(name, List.of("localhost", "127.0.0.1"), DAY);
        var config = GatewayServerConfig.of(name, "127.0.0.1", port, Duration.ofSeconds(30));
        return new GatewayServer(config, TlsContexts.server(identity, List.of(), ca.certificate().certificate()),
                reporter, Clock.systemUTC(), group).start();
    }

    public static GatewayEndpoint endpoint(GatewayServer server) {
        return new GatewayEndpoint("127.0.0.1", server.port());
    }

    public DeviceCredentials device(String name) {
        IssuedCertificate issued = ca.issueClient(name, DAY);
        return new DeviceCredentials(issued.privateKey(), List.of(issued.certificate()),
                List.of(ca.certificate().certificate()));
    }
}
