package dev.fleetcast.live.device;

import dev.fleetcast.live.tls.CertificateAuthority;
import dev.fleetcast.live.tls.IssuedCertificate;
import dev.fleetcast.live.tls.Pem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Device credentials from a directory laid out as {@code fleetcast live certs} writes it:
 * {@code ca.crt}, and per device {@code device-<name>.crt} / {@code device-<name>.key}. When a
 * device's files are missing and the directory also holds {@code ca.key}, a certificate is issued
 * on first use (EC P-256, CN = the device's name) and written there, so the next run finds it —
 * thousands of devices need no separate certificate step. Without {@code ca.key}, a missing device is
 * an error naming the file. Thread-safe.
 */
public final class DirectoryCredentials implements CredentialSource {

    private final Path dir;
    private final X509Certificate ca;
    private final Optional<CertificateAuthority> issuer;
    private final Duration validity;

    private DirectoryCredentials(Path dir, X509Certificate ca, Optional<CertificateAuthority> issuer,
            Duration validity) {
        this.dir = dir;
        this.ca = ca;
        this.issuer = issuer;
        this.validity = validity;
    }

    /**
     * Opens {@code dir}.
     *
     * @param validity how long certificates issued here stay valid
     * @throws IOException naming the file when {@code ca.crt} (or a present {@code ca.key}) cannot be read
     */
    public static DirectoryCredentials open(Path dir, Duration validity, Clock clock) throws IOException {
        Objects.requireNonNull(dir, "dir");
        Path caCert = dir.resolve("ca.crt");
        if (!Files.isRegularFile(caCert)) {
            throw new IOException("certificates directory " + dir + ": no ca.crt (create one with 'fleetcast live certs')");
        }
        X509Certificate ca = read(caCert, () -> Pem.readCertificate(caCert));
        Path caKey = dir.resolve("ca.key");
        Optional<CertificateAuthority> issuer = Optional.empty();
        if (Files.isRegularFile(caKey)) {
            IssuedCertificate caIdentity = read(caKey, () -> new IssuedCertificate(ca, Pem.readPrivateKey(caKey)));
            issuer = Optional.of(CertificateAuthority.of(caIdentity, clock));
        }
        return new DirectoryCredentials(dir, ca, issuer, validity);
    }

    /** Whether missing device certificates are issued here (the directory holds {@code ca.key}). */
    public boolean issues() {
        return issuer.isPresent();
    }

    @Override
    public DeviceCredentials forDevice(String device) {
        Path cert = dir.resolve("device-" + device + ".crt");
        Path key = dir.resolve("device-" + device + ".key");
        synchronized (this) {
            try {
                if (!Files.isRegularFile(cert) || !Files.isRegularFile(key)) {
                    if (issuer.isEmpty()) {
                        throw new CredentialException("device " + device + ": no " + cert.getFileName() + " / "
                                + key.getFileName() + " in " + dir + ", and no ca.key there to issue them", null);
                    }
                    Pem.write(issuer.get().issueClient(device, validity), cert, key);
                }
                List<X509Certificate> chain = Pem.readCertificates(cert);
                return new DeviceCredentials(Pem.readPrivateKey(key), chain, List.of(ca));
            } catch (IOException | RuntimeException e) {
                if (e instanceof CredentialException c) {
                    throw c;
                }
                throw new CredentialException("device " + device + ": cannot read or write " + cert + ": "
                        + e.getMessage(), e);
            }
        }
    }

    private interface Reader<T> {
        T read() throws IOException;
    }

    private static <T> T read(Path file, Reader<T> reader) throws IOException {
        try {
            return reader.read();
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }
}
