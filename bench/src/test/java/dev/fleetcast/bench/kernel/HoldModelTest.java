package dev.fleetcast.bench.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The three contenders do the same work: same increments, same popped times, in order. */
class HoldModelTest {

    private static double[] run(HoldModel model, int pending, int holds) {
        model.fill(pending, 5);
        double[] times = new double[holds];
        for (int i = 0; i < holds; i++) {
            times[i] = model.hold();
        }
        model.close();
        return times;
    }

    @Test
    void everyContenderPopsTheSameTimesInOrder() {
        double[] fleetcast = run(new FleetcastHold(), 100, 10_000);
        double[] priorityQueue = run(new PriorityQueueHold(), 100, 10_000);
        double[] dsol = run(new DsolHold(), 100, 10_000);

        assertThat(fleetcast).isSorted();
        assertThat(priorityQueue).isEqualTo(fleetcast);
        for (int i = 0; i < fleetcast.length; i++) {
            // DSOL keeps double milliseconds, the others whole nanoseconds: rounding differs
            // by well under a microsecond over 10,000 holds.
            assertThat(dsol[i]).as("hold %d", i).isCloseTo(fleetcast[i], within(1e-3));
        }
        // 10,000 holds with mean increment 1 ms over 100 pending events advance about 100 ms.
        assertThat(fleetcast[fleetcast.length - 1]).isBetween(80.0, 120.0);
    }
}
