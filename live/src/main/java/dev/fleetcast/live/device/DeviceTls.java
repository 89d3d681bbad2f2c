package dev.fleetcast.live.device;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslProvider;
import java.security.cert.X509Certificate;
import java.util.Objects;
import javax.net.ssl.SSLException;

/**
 * A device's side of mutual TLS: presents the device's certificate, trusts only the fleet's
 * authorities. Whether the gateway's certificate must also name the host it is reached at is a
 * choice: the fleet's private CA already limits who can act as a gateway, and in the stand-in and
 * the benchmark gateways are reached at 127.0.0.1, so host checking is off unless asked for.
 *
 * @param verifyHostname whether the gateway certificate must match the endpoint's host (HTTPS rules)
 */
public record DeviceTls(boolean verifyHostname) {

    /** The client context for one device. Building one costs about a millisecond; reuse where possible. */
    public SslContext clientContext(DeviceCredentials credentials) {
        Objects.requireNonNull(credentials, "credentials");
        try {
            return SslContextBuilder.forClient()
                    .sslProvider(SslProvider.JDK)
                    .keyManager(credentials.privateKey(), credentials.certificateChain().toArray(new X509Certificate[0]))
                    .trustManager(credentials.trustedAuthorities().toArray(new X509Certificate[0]))
                    .endpointIdentificationAlgorithm(verifyHostname ? "HTTPS" : null)
                    .build();
        } catch (SSLException e) {
            throw new IllegalStateException("cannot build the TLS client context for "
                    + credentials.certificateChain().get(0).getSubjectX500Principal() + ": " + e.getMessage(), e);
        }
    }

    /** The handler for a connection to {@code endpoint} (host and port feed SNI and host checking). */
    public SslHandler handler(SslContext context, ByteBufAllocator alloc, GatewayEndpoint endpoint) {
        return context.newHandler(alloc, endpoint.host(), endpoint.port());
    }
}
