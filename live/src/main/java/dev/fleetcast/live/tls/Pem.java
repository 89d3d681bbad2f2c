package dev.fleetcast.live.tls;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;

/**
 * PEM text for certificates and keys. Keys are written unencrypted as PKCS#8 ("PRIVATE KEY"),
 * which Netty, OpenSSL and Kubernetes TLS Secrets all read. Reading accepts PKCS#8 and the
 * traditional "EC PRIVATE KEY" form. Errors name the file and what was found.
 */
public final class Pem {

    private Pem() {
    }

    public static String certificate(X509Certificate certificate) {
        return write(certificate);
    }

    public static String privateKey(PrivateKey key) {
        try {
            return write(new JcaPKCS8Generator(key, null).generate());
        } catch (org.bouncycastle.util.io.pem.PemGenerationException e) {
            throw new IllegalStateException("cannot write the private key as PKCS#8: " + e.getMessage(), e);
        }
    }

    private static String write(Object o) {
        StringWriter s = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(s)) {
            w.writeObject(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s.toString();
    }

    /** All certificates in a PEM file, in order; at least one. */
    public static List<X509Certificate> readCertificates(Path file) throws IOException {
        List<X509Certificate> certs = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.US_ASCII); PEMParser p = new PEMParser(r)) {
            Object o;
            while ((o = readObject(p, file)) != null) {
                if (!(o instanceof X509CertificateHolder h)) {
                    throw new IOException(file + ": expected CERTIFICATE blocks, found " + describe(o));
                }
                certs.add(new JcaX509CertificateConverter().getCertificate(h));
            }
        } catch (CertificateException e) {
            throw new IOException(file + ": not a valid X.509 certificate: " + e.getMessage(), e);
        }
        if (certs.isEmpty()) {
            throw new IOException(file + ": no PEM CERTIFICATE block found");
        }
        return certs;
    }

    /** The first certificate in a PEM file. */
    public static X509Certificate readCertificate(Path file) throws IOException {
        return readCertificates(file).get(0);
    }

    /** The private key in a PEM file (PKCS#8 or "EC PRIVATE KEY"). */
    public static PrivateKey readPrivateKey(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.US_ASCII); PEMParser p = new PEMParser(r)) {
            Object o = readObject(p, file);
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            if (o instanceof PrivateKeyInfo info) {
                return converter.getPrivateKey(info);
            }
            if (o instanceof PEMKeyPair pair) {
                return converter.getKeyPair(pair).getPrivate();
            }
            throw new IOException(file + ": expected an unencrypted PRIVATE KEY or EC PRIVATE KEY block, found "
                    + describe(o));
        }
    }

    /** Reads a certificate and its key. */
    public static IssuedCertificate read(Path certificate, Path key) throws IOException {
        return new IssuedCertificate(readCertificate(certificate), readPrivateKey(key));
    }

    /** Writes certificate and key files (the key file readable by its owner only, where the file system allows). */
    public static void write(IssuedCertificate issued, Path certificate, Path key) throws IOException {
        Files.writeString(certificate, certificate(issued.certificate()), StandardCharsets.US_ASCII);
        Files.writeString(key, privateKey(issued.privateKey()), StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: leave the default permissions
        }
    }

    private static Object readObject(PEMParser p, Path file) throws IOException {
        try {
            return p.readObject();
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + ": not valid PEM: " + e.getMessage(), e);
        }
    }

    private static String describe(Object o) {
        return o == null ? "nothing (empty file or no PEM block)" : o.getClass().getSimpleName();
    }
}
