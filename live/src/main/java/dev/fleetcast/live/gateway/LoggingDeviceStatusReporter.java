package dev.fleetcast.live.gateway;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs each report (heartbeats at debug); for a gateway run without a cluster. */
public final class LoggingDeviceStatusReporter implements DeviceStatusReporter {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingDeviceStatusReporter.class);

    @Override public void enrolled(String device, Instant at) { LOG.info("{} Enrolled at {}", device, at); }
    @Override public void connected(String device, Instant at) { LOG.info("{} Connected at {}", device, at); }
    @Override public void heartbeat(String device, Instant at) { LOG.debug("{} heartbeat at {}", device, at); }
    @Override public void unreachable(String device, Instant at) { LOG.info("{} Unreachable at {}", device, at); }
    @Override public void disconnected(String device, Instant at) { LOG.info("{} Disconnected at {}", device, at); }
}
