package dev.fleetcast.live.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class HeartbeatThrottleTest {

    @Test
    void passesAtMostOneHeartbeatPerDevicePerInterval() {
        InMemoryDeviceStatusReporter sink = new InMemoryDeviceStatusReporter();
        HeartbeatThrottle throttle = new HeartbeatThrottle(sink, Duration.ofSeconds(30));
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        throttle.connected("a", t0);
        throttle.heartbeat("a", t0.plusSeconds(10));  // inside the window opened by connect: dropped
        throttle.heartbeat("b", t0.plusSeconds(10));  // another device: passes
        throttle.heartbeat("a", t0.plusSeconds(29));  // dropped
        throttle.heartbeat("a", t0.plusSeconds(30));  // window over: passes
        throttle.heartbeat("a", t0.plusSeconds(31));  // dropped
        throttle.unreachable("a", t0.plusSeconds(40));
        throttle.heartbeat("a", t0.plusSeconds(41));  // window reset by unreachable: passes
        assertThat(sink.events()).extracting(e -> e.kind() + " " + e.device() + " " + e.at().getEpochSecond() % 100)
                .containsExactly("CONNECTED a 0", "HEARTBEAT b 10", "HEARTBEAT a 30", "UNREACHABLE a 40", "HEARTBEAT a 41");
    }
}
