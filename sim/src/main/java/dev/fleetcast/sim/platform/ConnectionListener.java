package dev.fleetcast.sim.platform;

/**
 * Hears of device connections to gateways opening and closing — what the data plane (the
 * gateways' message queues) needs to know of the fleet.
 */
interface ConnectionListener {

    /** Does nothing: for runs without a data plane. */
    ConnectionListener NONE = new ConnectionListener() {
        @Override
        public void opened(String device, String gateway) {
        }

        @Override
        public void closed(String device, String gateway) {
        }
    };

    void opened(String device, String gateway);

    void closed(String device, String gateway);
}
