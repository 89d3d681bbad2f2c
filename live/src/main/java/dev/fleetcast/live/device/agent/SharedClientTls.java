package dev.fleetcast.live.device.agent;

import dev.fleetcast.live.device.DeviceCredentials;
import dev.fleetcast.live.device.GatewayEndpoint;
import io.netty.handler.ssl.SslHandler;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * One TLS client context for every device that trusts the same authorities. Building a JDK
 * {@code SSLContext} per device costs a millisecond or more and tens of kilobytes each; here a key
 * manager picks, for each engine, the key and chain of the device that engine belongs to. Thread-safe.
 */
final class SharedClientTls {

    private final SSLContext context;
    private final boolean verifyHostname;
    private final Map<String, DeviceCredentials> devices = new ConcurrentHashMap<>();
    private final Map<SSLEngine, String> engines = new ConcurrentHashMap<>();

    SharedClientTls(List<X509Certificate> trustedAuthorities, boolean verifyHostname) {
        this.verifyHostname = verifyHostname;
        try {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            for (int i = 0; i < trustedAuthorities.size(); i++) {
                trust.setCertificateEntry("ca-" + i, trustedAuthorities.get(i));
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            context = SSLContext.getInstance("TLS");
            context.init(new KeyManager[] {new PerEngineKeyManager()}, tmf.getTrustManagers(), null);
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot build the devices' TLS context: " + e.getMessage(), e);
        }
    }

    /** Makes {@code device}'s key and chain available to its engines. */
    void register(String device, DeviceCredentials credentials) {
        devices.put(device, credentials);
    }

    void unregister(String device) {
        devices.remove(device);
    }

    /**
     * A client-side TLS handler for {@code device} connecting to {@code endpoint}.
     *
     * <p>The engine is made without the peer's host and port on purpose: the JDK caches client
     * sessions by host and port, and a shared context would then resume one device's session for
     * another — the gateway would see the first device's certificate on the second's connection.
     * Without a peer the JDK neither caches nor resumes; the host still goes out as SNI (when it is a
     * name, not an IP literal) and is what hostname verification checks.
     */
    SslHandler newHandler(String device, GatewayEndpoint endpoint) {
        SSLEngine engine = context.createSSLEngine();
        engine.setUseClientMode(true);
        SSLParameters params = engine.getSSLParameters();
        if (!isIpLiteral(endpoint.host())) {
            params.setServerNames(List.of(new SNIHostName(endpoint.host())));
        }
        if (verifyHostname) {
            params.setEndpointIdentificationAlgorithm("HTTPS");
        }
        engine.setSSLParameters(params);
        engines.put(engine, device);
        SslHandler handler = new SslHandler(engine);
        handler.handshakeFuture().addListener(f -> engines.remove(engine));
        return handler;
    }

    private static boolean isIpLiteral(String host) {
        return host.contains(":") || host.matches("[0-9.]+");
    }

    /** Engines whose handshake has not finished yet (for tests: none may leak). */
    int pendingEngines() {
        return engines.size();
    }

    private final class PerEngineKeyManager extends X509ExtendedKeyManager {

        @Override
        public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
            String device = engines.get(engine);
            DeviceCredentials credentials = device == null ? null : devices.get(device);
            if (credentials == null) {
                return null;
            }
            String algorithm = credentials.privateKey().getAlgorithm();
            return keyType == null || Arrays.stream(keyType).anyMatch(t -> t.equalsIgnoreCase(algorithm)
                    || (algorithm.equals("EC") && t.startsWith("EC"))) ? device : null;
        }

        @Override
        public X509Certificate[] getCertificateChain(String alias) {
            DeviceCredentials credentials = devices.get(alias);
            return credentials == null ? null : credentials.certificateChain().toArray(new X509Certificate[0]);
        }

        @Override
        public PrivateKey getPrivateKey(String alias) {
            DeviceCredentials credentials = devices.get(alias);
            return credentials == null ? null : credentials.privateKey();
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            return devices.keySet().toArray(new String[0]);
        }

        @Override
        public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
            return null; // agents use engines only
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            return null;
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            return null;
        }
    }
}
