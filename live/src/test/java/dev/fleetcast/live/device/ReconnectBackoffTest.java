package dev.fleetcast.live.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReconnectBackoffTest {

    private static final long S = 1_000_000_000L;

    @Test
    void doublesFromBaseUpToCapWithoutSpread() {
        var backoff = new ReconnectBackoff(1 * S, 30 * S, 0);
        long[] expected = {1, 2, 4, 8, 16, 30, 30};
        for (int attempt = 1; attempt <= expected.length; attempt++) {
            assertEquals(expected[attempt - 1] * S, backoff.waitNanos("d", attempt), "attempt " + attempt);
        }
        assertEquals(30 * S, backoff.waitNanos("d", 1_000_000), "no overflow for a long outage");
    }

    @Test
    void spreadShortensWithinItsFractionAndRepeatsPerDevice() {
        var backoff = new ReconnectBackoff(1 * S, 30 * S, 0.2);
        java.util.Set<Long> firstWaits = new java.util.HashSet<>();
        for (int i = 0; i < 1000; i++) {
            long wait = backoff.waitNanos("device-" + i, 1);
            assertTrue(wait > 0.8 * S && wait <= S, "wait " + wait);
            assertEquals(wait, backoff.waitNanos("device-" + i, 1), "the same device waits the same");
            firstWaits.add(wait);
        }
        assertTrue(firstWaits.size() > 900, "waits are spread, not one value: " + firstWaits.size() + " distinct");
        assertNotEquals(backoff.waitNanos("device-1", 2), 2 * backoff.waitNanos("device-1", 1));
    }

    @Test
    void rejectsImpossibleSettings() {
        assertThrows(IllegalArgumentException.class, () -> new ReconnectBackoff(0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new ReconnectBackoff(2, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new ReconnectBackoff(1, 2, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new ReconnectBackoff(1, 2, 0).waitNanos("d", 0));
    }
}
