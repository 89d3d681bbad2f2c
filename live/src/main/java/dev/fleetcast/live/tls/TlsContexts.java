package dev.fleetcast.live.tls;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;

import javax.net.ssl.SSLException;

import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;

/**
 * Netty {@link SslContext}s for the two ends of a device connection. The server requires a client
 * certificate signed by the CA; the client trusts only the CA and verifies the gateway's host name
 * against its certificate's SANs (Netty 4.2 does this by default when the handler is created with
 * the peer's host: {@code ctx.newHandler(alloc, host, port)}). TLS 1.3 and 1.2 only, JDK provider.
 */
public final class TlsContexts {

    private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    private TlsContexts() {
    }

    /** The gateway side: its certificate and key, client certificates required and checked against {@code ca}. */
    public static SslContext server(IssuedCertificate identity, List<X509Certificate> chain, X509Certificate ca) {
        try {
            X509Certificate[] certs = concat(identity.certificate(), chain);
            return SslContextBuilder.forServer(identity.privateKey(), certs)
                    .sslProvider(SslProvider.JDK)
                    .protocols(PROTOCOLS)
                    .trustManager(ca)
                    .clientAuth(ClientAuth.REQUIRE)
                    .build();
        } catch (SSLException e) {
            throw new IllegalStateException("cannot build the server TLS context: " + e.getMessage(), e);
        }
    }

    /** The device side: its client certificate and key, trusting only {@code ca}. */
    public static SslContext client(IssuedCertificate identity, X509Certificate ca) {
        try {
            return SslContextBuilder.forClient()
                    .sslProvider(SslProvider.JDK)
                    .protocols(PROTOCOLS)
                    .keyManager(identity.privateKey(), identity.certificate())
                    .trustManager(ca)
                    .build();
        } catch (SSLException e) {
            throw new IllegalStateException("cannot build the client TLS context: " + e.getMessage(), e);
        }
    }

    /** The gateway side from PEM files: certificate (possibly with its chain after it), key and CA. */
    public static SslContext server(Path certificate, Path key, Path ca) throws IOException {
        List<X509Certificate> certs = Pem.readCertificates(certificate);
        IssuedCertificate identity = new IssuedCertificate(certs.get(0), Pem.readPrivateKey(key));
        return server(identity, certs.subList(1, certs.size()), Pem.readCertificate(ca));
    }

    /** The device side from PEM files. */
    public static SslContext client(Path certificate, Path key, Path ca) throws IOException {
        return client(Pem.read(certificate, key), Pem.readCertificate(ca));
    }

    private static X509Certificate[] concat(X509Certificate first, List<X509Certificate> rest) {
        X509Certificate[] all = new X509Certificate[rest.size() + 1];
        all[0] = first;
        for (int i = 0; i < rest.size(); i++) {
            all[i + 1] = rest.get(i);
        }
        return all;
    }
}
