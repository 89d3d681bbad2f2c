package dev.fleetcast.live.device;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A device's TLS material for mutual TLS with its gateway.
 *
 * @param privateKey the device's private key
 * @param certificateChain the device's certificate (subject CN = the Device object's name) first,
 *     then any intermediates
 * @param trustedAuthorities the authorities a gateway's certificate must chain to
 */
public record DeviceCredentials(PrivateKey privateKey, List<X509Certificate> certificateChain,
        List<X509Certificate> trustedAuthorities) {

    public DeviceCredentials {
        Objects.requireNonNull(privateKey, "privateKey");
        certificateChain = List.copyOf(certificateChain);
        trustedAuthorities = List.copyOf(trustedAuthorities);
        if (certificateChain.isEmpty()) {
            throw new IllegalArgumentException("device credentials: the certificate chain is empty");
        }
        if (trustedAuthorities.isEmpty()) {
            throw new IllegalArgumentException("device credentials: no trusted authority for the gateway");
        }
    }
}
