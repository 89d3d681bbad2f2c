package dev.fleetcast.live.run;

import dev.fleetcast.model.scenario.CreationProcess;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * When each device of a scenario is created: the scenario's {@link CreationProcess} turned
 * into times, by the same rules the simulator follows (device {@code i} is named
 * {@code device-i} from 1; creations after the scenario's duration never happen; Poisson gaps
 * are exponential draws from the stream {@code creation}, truncated to whole nanoseconds).
 * A pure function of its inputs: the same seed gives the same schedule.
 */
public final class CreationSchedule {

    private CreationSchedule() {
    }

    /**
     * The creations, in time order.
     *
     * @param creation the scenario's creation process
     * @param devices how many devices the scenario creates
     * @param durationNanos the scenario's duration: nothing is created after it
     * @param streams the run's random streams (only a Poisson process draws, from {@code creation})
     */
    public static List<PlannedDevice> of(CreationProcess creation, int devices, long durationNanos, RunStreams streams) {
        List<PlannedDevice> planned = new ArrayList<>();
        if (creation instanceof CreationProcess.Burst burst) {
            if (burst.atNanos() <= durationNanos) {
                for (int i = 1; i <= devices; i++) {
                    planned.add(new PlannedDevice("device-" + i, burst.atNanos()));
                }
            }
        } else if (creation instanceof CreationProcess.Steady steady) {
            for (int i = 1; i <= devices; i++) {
                long at = steady.startNanos() + (i - 1) * steady.intervalNanos();
                if (at > durationNanos) {
                    break;
                }
                planned.add(new PlannedDevice("device-" + i, at));
            }
        } else if (creation instanceof CreationProcess.Bursts bursts) {
            long at = bursts.startNanos();
            for (int first = 1; first <= devices && at <= durationNanos; first += bursts.size()) {
                int last = Math.min(devices, first + bursts.size() - 1);
                for (int i = first; i <= last; i++) {
                    planned.add(new PlannedDevice("device-" + i, at));
                }
                at += bursts.intervalNanos();
            }
        } else if (creation instanceof CreationProcess.Poisson poisson) {
            UniformRandomProvider random = streams.stream("creation");
            ContinuousSampler gaps = ZigguratSampler.Exponential.of(random, poisson.meanIntervalNanos());
            long at = poisson.startNanos();
            for (int i = 1; i <= devices && at <= durationNanos; i++) {
                planned.add(new PlannedDevice("device-" + i, at));
                at += (long) gaps.sample();
            }
        } else if (creation instanceof CreationProcess.Recorded recorded) {
            List<Long> times = recorded.timesNanos();
            for (int i = 1; i <= times.size() && times.get(i - 1) <= durationNanos; i++) {
                planned.add(new PlannedDevice("device-" + i, times.get(i - 1)));
            }
        }
        return List.copyOf(planned);
    }
}
