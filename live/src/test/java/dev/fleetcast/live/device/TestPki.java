package dev.fleetcast.live.device;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away certificate authority for tests of the device side that need no gateway server
 * (the UART bridge against a plain TLS echo). EC P-256, valid for a day.
 */
public final class TestPki {

    private final KeyPair caKeys;
    private final X509Certificate ca;
    private final AtomicLong serial = new AtomicLong(2);

    public TestPki(String name) {
        try {
            caKeys = keyPair();
            ca = sign(new X500Name("CN=" + name), caKeys, new X500Name("CN=" + name), caKeys.getPrivate(), true, 1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public X509Certificate ca() {
        return ca;
    }

    /** A leaf certificate with CN = {@code cn}, signed by this CA; the key and certificate. */
    public Issued issue(String cn) {
        try {
            KeyPair keys = keyPair();
            X509Certificate cert = sign(new X500Name("CN=" + cn), keys, new X500Name(ca.getSubjectX500Principal().getName()),
                    caKeys.getPrivate(), false, serial.getAndIncrement());
            return new Issued(keys.getPrivate(), cert);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public DeviceCredentials device(String name) {
        Issued issued = issue(name);
        return new DeviceCredentials(issued.key(), List.of(issued.certificate()), List.of(ca));
    }

    public record Issued(PrivateKey key, X509Certificate certificate) {
    }

    private static KeyPair keyPair() throws Exception {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
        gen.initialize(new ECGenParameterSpec("secp256r1"));
        return gen.generateKeyPair();
    }

    private static X509Certificate sign(X500Name subject, KeyPair subjectKeys, X500Name issuer, PrivateKey issuerKey,
            boolean isCa, long serialNumber) throws Exception {
        long now = System.currentTimeMillis();
        var builder = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(serialNumber),
                new Date(now - 60_000), new Date(now + 86_400_000L), subject, subjectKeys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
        var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey);
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    }
}
