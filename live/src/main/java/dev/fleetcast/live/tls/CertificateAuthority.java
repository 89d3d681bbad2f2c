package dev.fleetcast.live.tls;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate authority that issues gateway server and device client certificates. Keys are EC
 * P-256 (a key pair and a signature take well under a millisecond, so thousands of devices are
 * fine). Validity starts one hour before the injected clock's "now" to tolerate clock skew between
 * the machine that issues and the ones that verify. Thread-safe: issuing only reads the CA.
 */
public final class CertificateAuthority {

    private static final String SIGNATURE = "SHA256withECDSA";
    private static final Duration BACKDATE = Duration.ofHours(1);

    private final IssuedCertificate ca;
    private final Clock clock;
    private final SecureRandom random;

    private CertificateAuthority(IssuedCertificate ca, Clock clock, SecureRandom random) {
        this.ca = ca;
        this.clock = clock;
        this.random = random;
    }

    /** A new self-signed CA with the given common name. */
    public static CertificateAuthority create(String commonName, Duration validity, Clock clock) {
        requireValidity(validity);
        SecureRandom random = new SecureRandom();
        KeyPair keys = newKeyPair(random);
        X500Name name = name(commonName);
        Instant now = clock.instant();
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, serial(random),
                    Date.from(now.minus(BACKDATE)), Date.from(now.plus(validity)), name, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(keys.getPublic()));
            X509Certificate cert = sign(b, keys);
            return new CertificateAuthority(new IssuedCertificate(cert, keys.getPrivate()), clock, random);
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot create the CA certificate: " + e.getMessage(), e);
        }
    }

    /** A CA from an existing certificate and key (for example read from PEM files). */
    public static CertificateAuthority of(IssuedCertificate ca, Clock clock) {
        if (ca.certificate().getBasicConstraints() < 0) {
            throw new IllegalArgumentException("certificate " + ca.certificate().getSubjectX500Principal().getName()
                    + " is not a CA certificate (no basicConstraints CA:true)");
        }
        return new CertificateAuthority(ca, Objects.requireNonNull(clock, "clock"), new SecureRandom());
    }

    public IssuedCertificate certificate() {
        return ca;
    }

    /**
     * A TLS server certificate for a gateway. Each SAN that parses as an IP literal becomes an IP
     * address SAN, every other one a DNS name.
     */
    public IssuedCertificate issueServer(String commonName, List<String> subjectAltNames, Duration validity) {
        if (subjectAltNames.isEmpty()) {
            throw new IllegalArgumentException("a server certificate needs at least one subject alternative name");
        }
        List<GeneralName> names = new ArrayList<>();
        for (String san : subjectAltNames) {
            names.add(isIpLiteral(san) ? new GeneralName(GeneralName.iPAddress, san) : new GeneralName(GeneralName.dNSName, san));
        }
        return issue(commonName, validity, KeyPurposeId.id_kp_serverAuth,
                new GeneralNames(names.toArray(GeneralName[]::new)));
    }

    /** A TLS client certificate for a device: CN = the Device object's name. */
    public IssuedCertificate issueClient(String commonName, Duration validity) {
        return issue(commonName, validity, KeyPurposeId.id_kp_clientAuth, null);
    }

    private IssuedCertificate issue(String commonName, Duration validity, KeyPurposeId purpose, GeneralNames sans) {
        requireValidity(validity);
        KeyPair keys = newKeyPair(random);
        Instant now = clock.instant();
        Instant notAfter = now.plus(validity);
        if (notAfter.isAfter(ca.certificate().getNotAfter().toInstant())) {
            notAfter = ca.certificate().getNotAfter().toInstant(); // never outlive the issuer
        }
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            PublicKey caKey = ca.certificate().getPublicKey();
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(ca.certificate(), serial(random),
                    Date.from(now.minus(BACKDATE)), Date.from(notAfter), name(commonName), keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose))
                    .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(keys.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(caKey));
            if (sans != null) {
                b.addExtension(Extension.subjectAlternativeName, false, sans);
            }
            X509Certificate cert = sign(b, new KeyPair(caKey, ca.privateKey()));
            return new IssuedCertificate(cert, keys.getPrivate());
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot issue a certificate for " + commonName + ": " + e.getMessage(), e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder b, KeyPair signer) throws CertificateException {
        try {
            ContentSigner s = new JcaContentSignerBuilder(SIGNATURE).build(signer.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(b.build(s));
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("no " + SIGNATURE + " signer: " + e.getMessage(), e);
        }
    }

    private static KeyPair newKeyPair(SecureRandom random) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"), random);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot make EC P-256 keys: " + e.getMessage(), e);
        }
    }

    private static X500Name name(String commonName) {
        if (commonName == null || commonName.isBlank()) {
            throw new IllegalArgumentException("a certificate needs a non-blank common name");
        }
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).build();
    }

    private static BigInteger serial(SecureRandom random) {
        return new BigInteger(127, random).add(BigInteger.ONE); // positive, at most 16 bytes
    }

    private static void requireValidity(Duration validity) {
        if (validity == null || validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("validity must be positive, got " + validity);
        }
    }

    /** True for IPv4 dotted quads and IPv6 literals; never resolves a host name. */
    static boolean isIpLiteral(String s) {
        boolean v4 = s.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean v6 = s.contains(":") && s.matches("[0-9A-Fa-f:.]+");
        if (!v4 && !v6) {
            return false;
        }
        try {
            InetAddress.getByName(s); // a literal: parsed, not looked up
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
