package dev.fleetcast.live.tls;

import java.security.cert.X509Certificate;
import java.util.Optional;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** Reads a certificate's subject common name: the device identity on a gateway connection. */
public final class PeerIdentity {

    private PeerIdentity() {
    }

    /** The CN of the certificate's subject; throws if it has none. */
    public static String commonName(X509Certificate certificate) {
        return findCommonName(certificate).orElseThrow(() -> new IllegalArgumentException(
                "certificate " + certificate.getSubjectX500Principal().getName() + " has no CN"));
    }

    /** The CN of the certificate's subject, if there is exactly one. */
    public static Optional<String> findCommonName(X509Certificate certificate) {
        X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        RDN[] rdns = name.getRDNs(BCStyle.CN);
        if (rdns.length != 1) {
            return Optional.empty();
        }
        return Optional.of(IETFUtils.valueToString(rdns[0].getFirst().getValue()));
    }
}
