package dev.fleetcast.live.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import io.netty.handler.ssl.SslContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateAuthorityTest {

    private final Clock clock = Clock.systemUTC();
    private final CertificateAuthority ca = CertificateAuthority.create("test-ca", Duration.ofDays(1), clock);

    private static void verifyChain(X509Certificate leaf, X509Certificate root, Date at) throws Exception {
        var path = CertificateFactory.getInstance("X.509").generateCertPath(List.of(leaf));
        PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
        params.setRevocationEnabled(false);
        params.setDate(at);
        CertPathValidator.getInstance("PKIX").validate(path, params);
    }

    @Test
    void issuedCertificatesChainToTheCaAndCarryTheirNames() throws Exception {
        IssuedCertificate gw = ca.issueServer("gateway-1", List.of("gateway-1", "localhost", "127.0.0.1"), Duration.ofHours(1));
        IssuedCertificate dev = ca.issueClient("device-7", Duration.ofHours(1));
        X509Certificate root = ca.certificate().certificate();
        verifyChain(gw.certificate(), root, new Date());
        verifyChain(dev.certificate(), root, new Date());
        assertThat(dev.commonName()).isEqualTo("device-7");
        assertThat(gw.certificate().getSubjectAlternativeNames())
                .extracting(l -> (Object) l.get(1)).containsExactly("gateway-1", "localhost", "127.0.0.1");
        assertThat(dev.certificate().getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.2"); // clientAuth
        assertThat(gw.certificate().getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1"); // serverAuth
        assertThat(dev.certificate().getPublicKey().getAlgorithm()).isEqualTo("EC");
    }

    @Test
    void aCertificateFromAnotherCaDoesNotVerify() {
        CertificateAuthority other = CertificateAuthority.create("other-ca", Duration.ofDays(1), clock);
        IssuedCertificate dev = other.issueClient("device-1", Duration.ofHours(1));
        assertThatThrownBy(() -> verifyChain(dev.certificate(), ca.certificate().certificate(), new Date()))
                .isInstanceOf(java.security.cert.CertPathValidatorException.class);
    }

    @Test
    void validityFollowsTheInjectedClock() throws Exception {
        Instant then = Instant.parse("2030-01-01T00:00:00Z");
        CertificateAuthority future = CertificateAuthority.create("f", Duration.ofDays(10), Clock.fixed(then, ZoneOffset.UTC));
        IssuedCertificate dev = future.issueClient("d", Duration.ofDays(1));
        assertThat(dev.certificate().getNotAfter().toInstant()).isEqualTo(then.plus(Duration.ofDays(1)));
        verifyChain(dev.certificate(), future.certificate().certificate(), Date.from(then));
        assertThatThrownBy(() -> verifyChain(dev.certificate(), future.certificate().certificate(),
                Date.from(then.plus(Duration.ofDays(2))))).isInstanceOf(Exception.class);
    }

    @Test
    void mutualTlsHandshakeOnLoopbackIdentifiesTheDevice() throws Exception {
        IssuedCertificate gw = ca.issueServer("gateway-1", List.of("localhost", "127.0.0.1"), Duration.ofHours(1));
        IssuedCertificate dev = ca.issueClient("device-42", Duration.ofHours(1));
        X509Certificate root = ca.certificate().certificate();
        SslContext server = TlsContexts.server(gw, List.of(), root);
        assertThat(TlsTestSupport.handshake(server, TlsContexts.client(dev, root), "127.0.0.1")).isEqualTo("device-42");
        assertThat(TlsTestSupport.handshake(server, TlsContexts.client(dev, root), "localhost")).isEqualTo("device-42");
    }

    @Test
    void theServerRefusesAClientCertificateFromAnotherCa() {
        IssuedCertificate gw = ca.issueServer("gateway-1", List.of("127.0.0.1"), Duration.ofHours(1));
        CertificateAuthority other = CertificateAuthority.create("other-ca", Duration.ofDays(1), clock);
        IssuedCertificate intruder = other.issueClient("device-1", Duration.ofHours(1));
        SslContext server = TlsContexts.server(gw, List.of(), ca.certificate().certificate());
        // the intruder trusts our CA (it knows the gateway) but its own certificate is foreign
        SslContext client = TlsContexts.client(intruder, ca.certificate().certificate());
        assertThatThrownBy(() -> TlsTestSupport.handshake(server, client, "127.0.0.1"))
                .isInstanceOf(ExecutionException.class);
    }

    @Test
    void theClientRefusesAGatewayWhoseCertificateDoesNotNameTheHost() {
        IssuedCertificate gw = ca.issueServer("gateway-1", List.of("gateway-1.example"), Duration.ofHours(1));
        IssuedCertificate dev = ca.issueClient("device-1", Duration.ofHours(1));
        X509Certificate root = ca.certificate().certificate();
        assertThatThrownBy(() -> TlsTestSupport.handshake(TlsContexts.server(gw, List.of(), root),
                TlsContexts.client(dev, root), "127.0.0.1")).isInstanceOf(ExecutionException.class);
    }

    @Test
    void bundleWritesPemFilesThatLoadBackAndRefusesToOverwrite(@TempDir Path dir) throws Exception {
        CertificateBundle bundle = new CertificateBundle(List.of("g1"), List.of("g1.ns.svc"),
                CertificateBundle.numberedDevices("device-", 2), Duration.ofDays(1));
        List<Path> files = bundle.write(dir, false, clock);
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("ca.crt", "ca.key",
                "gateway-g1.crt", "gateway-g1.key", "device-device-1.crt", "device-device-1.key",
                "device-device-2.crt", "device-device-2.key");
        SslContext server = TlsContexts.server(dir.resolve("gateway-g1.crt"), dir.resolve("gateway-g1.key"), dir.resolve("ca.crt"));
        SslContext client = TlsContexts.client(dir.resolve("device-device-2.crt"), dir.resolve("device-device-2.key"),
                dir.resolve("ca.crt"));
        assertThat(TlsTestSupport.handshake(server, client, "localhost")).isEqualTo("device-2");
        assertThat(Files.readString(dir.resolve("ca.key"))).startsWith("-----BEGIN PRIVATE KEY-----");

        assertThatThrownBy(() -> bundle.write(dir, false, clock))
                .hasMessageContaining("refusing to overwrite 8 existing file(s)").hasMessageContaining("ca.crt");
        assertThat(bundle.write(dir, true, clock)).hasSize(8);
    }

    @Test
    void badNamesAreAllReportedAtOnce() {
        assertThatThrownBy(() -> new CertificateBundle(List.of("G1", "ok"), List.of(), List.of("a_b", "x", "x"), Duration.ofDays(1)))
                .hasMessageContaining("gateway name 'G1'").hasMessageContaining("device name 'a_b'")
                .hasMessageContaining("device name 'x' is given twice");
    }

    @Test
    void pemErrorsNameTheFile(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("junk.crt");
        Files.writeString(bad, "hello");
        assertThatThrownBy(() -> Pem.readCertificate(bad)).hasMessageContaining("junk.crt");
        Path key = dir.resolve("k.key");
        Files.writeString(key, Pem.certificate(ca.certificate().certificate()));
        assertThatThrownBy(() -> Pem.readPrivateKey(key)).hasMessageContaining("k.key")
                .hasMessageContaining("expected an unencrypted PRIVATE KEY");
    }
}
