package dev.fleetcast.model.scenario;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * When a scenario's devices are created: its {@link CreationProcess} as waves in time order —
 * one wave for a burst, one per burst of a series, one per device otherwise. Device {@code i}
 * is {@code device-i} from 1; nothing is created after the scenario's duration; Poisson gaps are
 * exponential draws truncated to whole nanoseconds. The simulator schedules these waves one at a
 * time (one pending event, however long the schedule) and {@code fleetcast live run} creates its
 * Devices by them, so a live run and replication 0 of its prediction create the same devices at
 * the same times.
 *
 * <p>Lazy: a Poisson gap is drawn when the next wave is asked for. Not thread-safe.
 */
public final class CreationWaves implements Iterator<CreationWave> {

    private final CreationProcess creation;
    private final int devices;
    private final long durationNanos;
    private final ContinuousSampler poissonGaps;
    private int nextDevice = 1;
    private long nextAt;
    private int recorded;

    /**
     * @param random the stream {@code creation}: only a Poisson process draws from it
     */
    public CreationWaves(CreationProcess creation, int devices, long durationNanos, UniformRandomProvider random) {
        this.creation = Objects.requireNonNull(creation, "creation");
        this.devices = devices;
        this.durationNanos = durationNanos;
        this.poissonGaps = creation instanceof CreationProcess.Poisson poisson
                ? ZigguratSampler.Exponential.of(Objects.requireNonNull(random, "random"), poisson.meanIntervalNanos())
                : null;
        this.nextAt = firstAt(creation);
    }

    private static long firstAt(CreationProcess creation) {
        if (creation instanceof CreationProcess.Burst burst) {
            return burst.atNanos();
        } else if (creation instanceof CreationProcess.Steady steady) {
            return steady.startNanos();
        } else if (creation instanceof CreationProcess.Poisson poisson) {
            return poisson.startNanos();
        } else if (creation instanceof CreationProcess.Bursts bursts) {
            return bursts.startNanos();
        }
        return 0; // recorded: each wave's time is the recording's
    }

    @Override
    public boolean hasNext() {
        if (creation instanceof CreationProcess.Recorded recorded) {
            var times = recorded.timesNanos();
            return this.recorded < times.size() && times.get(this.recorded) <= durationNanos;
        }
        return nextDevice <= devices && nextAt <= durationNanos;
    }

    @Override
    public CreationWave next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more creations");
        }
        if (creation instanceof CreationProcess.Recorded recorded) {
            int device = ++this.recorded;
            return new CreationWave(recorded.timesNanos().get(device - 1), device, device);
        }
        long at = nextAt;
        int first = nextDevice;
        int last = first;
        if (creation instanceof CreationProcess.Burst) {
            last = devices;
        } else if (creation instanceof CreationProcess.Bursts bursts) {
            last = Math.min(devices, first + bursts.size() - 1);
            nextAt = at + bursts.intervalNanos();
        } else if (creation instanceof CreationProcess.Steady steady) {
            nextAt = at + steady.intervalNanos();
        } else if (poissonGaps != null) {
            nextAt = at + (long) poissonGaps.sample();
        }
        nextDevice = last + 1;
        return new CreationWave(at, first, last);
    }
}
