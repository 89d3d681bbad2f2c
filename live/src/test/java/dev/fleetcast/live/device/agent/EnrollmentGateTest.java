package dev.fleetcast.live.device.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnrollmentGateTest {

    @Test
    void admitsUpToTheLimitThenInArrivalOrderAsPlacesFree() {
        var gate = new EnrollmentGate(2);
        List<String> admitted = new ArrayList<>();
        for (String name : List.of("a", "b", "c", "d")) {
            gate.enter(() -> admitted.add(name));
        }
        assertEquals(List.of("a", "b"), admitted);
        assertArrayEquals(new int[] {2, 2}, gate.load());
        gate.leave();
        assertEquals(List.of("a", "b", "c"), admitted);
        gate.leave();
        gate.leave();
        assertEquals(List.of("a", "b", "c", "d"), admitted);
        assertArrayEquals(new int[] {1, 0}, gate.load());
        gate.leave();
        assertArrayEquals(new int[] {0, 0}, gate.load());
        assertThrows(IllegalArgumentException.class, () -> new EnrollmentGate(0));
    }
}
