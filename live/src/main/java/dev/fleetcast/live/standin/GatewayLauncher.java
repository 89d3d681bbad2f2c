package dev.fleetcast.live.standin;

/**
 * Starts and stops a gateway server for the stand-in when a gateway's Deployment becomes ready
 * or goes away. Implemented by whoever owns the gateway server (the proto area); the stand-in
 * calls it from one thread.
 */
public interface GatewayLauncher {

    /**
     * Starts a gateway server for {@code gateway} on 127.0.0.1.
     *
     * @return its {@code host:port}, which the stand-in writes into the Gateway's spec.endpoint,
     *     or null when nothing was started (the endpoint is then left as it is)
     */
    String start(String gateway);

    /** Stops the server started for {@code gateway}; does nothing if none runs. */
    void stop(String gateway);

    /** Starts nothing: gateways keep the endpoint they were created with. */
    static GatewayLauncher none() {
        return new GatewayLauncher() {
            @Override
            public String start(String gateway) {
                return null;
            }

            @Override
            public void stop(String gateway) {
            }
        };
    }
}
