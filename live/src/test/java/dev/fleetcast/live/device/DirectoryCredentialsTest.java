package dev.fleetcast.live.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetcast.live.tls.CertificateAuthority;
import dev.fleetcast.live.tls.Pem;
import dev.fleetcast.live.tls.PeerIdentity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryCredentialsTest {

    @Test
    void issuesAMissingDeviceOnceAndReadsItBackOnTheNextRun(@TempDir Path dir) throws Exception {
        var ca = CertificateAuthority.create("fleet-ca", Duration.ofDays(1), Clock.systemUTC());
        Pem.write(ca.certificate(), dir.resolve("ca.crt"), dir.resolve("ca.key"));

        var first = DirectoryCredentials.open(dir, Duration.ofDays(1), Clock.systemUTC());
        assertTrue(first.issues());
        DeviceCredentials issued = first.forDevice("device-7");
        assertEquals("device-7", PeerIdentity.commonName(issued.certificateChain().get(0)));
        issued.certificateChain().get(0).verify(ca.certificate().certificate().getPublicKey());
        assertTrue(Files.isRegularFile(dir.resolve("device-device-7.crt")));

        var second = DirectoryCredentials.open(dir, Duration.ofDays(1), Clock.systemUTC());
        assertEquals(issued.certificateChain(), second.forDevice("device-7").certificateChain(), "cached, not reissued");
    }

    @Test
    void withoutTheCaKeyAMissingDeviceIsAnErrorNamingTheFile(@TempDir Path dir) throws Exception {
        var ca = CertificateAuthority.create("fleet-ca", Duration.ofDays(1), Clock.systemUTC());
        Files.writeString(dir.resolve("ca.crt"), Pem.certificate(ca.certificate().certificate()));
        var source = DirectoryCredentials.open(dir, Duration.ofDays(1), Clock.systemUTC());
        assertFalse(source.issues());
        var e = assertThrows(CredentialSource.CredentialException.class, () -> source.forDevice("d1"));
        assertTrue(e.getMessage().contains("device-d1.crt") && e.getMessage().contains("no ca.key"), e.getMessage());
    }

    @Test
    void aDirectoryWithoutCaCertIsRefused(@TempDir Path dir) {
        var e = assertThrows(IOException.class, () -> DirectoryCredentials.open(dir, Duration.ofDays(1),
                Clock.systemUTC()));
        assertTrue(e.getMessage().contains("no ca.crt"), e.getMessage());
    }
}
