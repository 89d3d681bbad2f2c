package dev.fleetcast.live.device;

import java.util.Objects;

/**
 * Where a device connects: a gateway's {@code host:port}, as the Device's
 * {@code status.gateway.endpoint} names it.
 *
 * @param host a host name or IP literal (IPv6 literals in brackets when written as text)
 * @param port the TCP port, 1–65535
 */
public record GatewayEndpoint(String host, int port) {

    public GatewayEndpoint {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("gateway endpoint: the host is empty");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("gateway endpoint " + host + ": port " + port
                    + " is outside 1-65535");
        }
    }

    /**
     * Reads {@code host:port} ({@code [v6::addr]:port} for IPv6).
     *
     * @throws IllegalArgumentException naming the text when it is not {@code host:port}
     */
    public static GatewayEndpoint parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.trim();
        int colon = trimmed.lastIndexOf(':');
        if (colon <= 0 || colon == trimmed.length() - 1) {
            throw new IllegalArgumentException("gateway endpoint '" + text + "' is not host:port");
        }
        String host = trimmed.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else if (host.contains(":")) {
            throw new IllegalArgumentException("gateway endpoint '" + text
                    + "': an IPv6 address must be written in brackets, as [addr]:port");
        }
        int port;
        try {
            port = Integer.parseInt(trimmed.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("gateway endpoint '" + text + "': port '"
                    + trimmed.substring(colon + 1) + "' is not a number");
        }
        return new GatewayEndpoint(host, port);
    }

    @Override
    public String toString() {
        return host.contains(":") ? "[" + host + "]:" + port : host + ":" + port;
    }
}
