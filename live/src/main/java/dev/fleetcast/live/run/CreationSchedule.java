package dev.fleetcast.live.run;

import dev.fleetcast.model.scenario.CreationProcess;
import dev.fleetcast.model.scenario.CreationWave;
import dev.fleetcast.model.scenario.CreationWaves;
import java.util.ArrayList;
import java.util.List;

/**
 * When each device of a scenario is created: model's {@link CreationWaves} — the rule the
 * simulator schedules by — unrolled into one planned Device per device, with the creation stream
 * seeded as replication 0 of the simulation. A pure function of its inputs: the same seed gives
 * the same schedule.
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
        CreationWaves waves = new CreationWaves(creation, devices, durationNanos, streams.stream("creation"));
        while (waves.hasNext()) {
            CreationWave wave = waves.next();
            for (int i = wave.first(); i <= wave.last(); i++) {
                planned.add(new PlannedDevice("device-" + i, wave.atNanos()));
            }
        }
        return List.copyOf(planned);
    }
}
