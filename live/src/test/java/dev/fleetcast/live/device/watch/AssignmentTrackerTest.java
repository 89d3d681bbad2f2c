package dev.fleetcast.live.device.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetcast.live.device.CredentialSource;
import dev.fleetcast.live.device.RecordingRuntime;
import dev.fleetcast.live.device.TestPki;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssignmentTrackerTest {

    private final TestPki pki = new TestPki("ca");
    private final RecordingRuntime runtime = new RecordingRuntime();
    private final AssignmentTracker tracker = new AssignmentTracker(runtime, pki::device);

    @Test
    void startsOnTheFirstEndpointMovesOnAChangeStopsOnDelete() {
        tracker.observed("d1", "gw-1", null);
        tracker.observed("d1", "gw-1", "10.0.0.1:8443");
        tracker.observed("d1", "gw-1", "10.0.0.1:8443");
        tracker.observed("d1", "", "");
        tracker.observed("d1", "gw-2", "10.0.0.2:8443");
        tracker.deleted("d1");
        tracker.deleted("d1");
        tracker.deleted("never-started");
        assertEquals(List.of("start d1 gw-1 10.0.0.1:8443", "move d1 gw-2 10.0.0.2:8443", "stop d1"), runtime.calls);
        assertEquals(0, tracker.placedDevices());
        assertEquals(0, tracker.problems());
    }

    @Test
    void aBadEndpointOrMissingCredentialsIsCountedNotThrown() {
        tracker.observed("d1", "gw-1", "no-port");
        assertEquals(1, tracker.problems());
        assertTrue(tracker.lastProblem().contains("Device d1: status.gateway.endpoint"), tracker.lastProblem());

        CredentialSource broken = device -> {
            throw new CredentialSource.CredentialException("no key file certs/" + device + ".key", null);
        };
        var failing = new AssignmentTracker(runtime, broken);
        failing.observed("d2", "gw-1", "10.0.0.1:1");
        assertEquals(1, failing.problems());
        assertTrue(failing.lastProblem().contains("certs/d2.key"), failing.lastProblem());
        assertEquals(0, failing.placedDevices(), "not placed, so the next resync tries again");
        assertTrue(runtime.calls.isEmpty());
    }
}
