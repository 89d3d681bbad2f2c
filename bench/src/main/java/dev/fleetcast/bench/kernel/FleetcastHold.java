package dev.fleetcast.bench.kernel;

import dev.fleetcast.sim.kernel.Engine;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * The hold model on fleetcast's kernel, driven as its users drive it: each event is a
 * {@code Runnable} that schedules its successor with {@code scheduleAfter}; a hold is one
 * {@link Engine#step()}.
 */
final class FleetcastHold implements HoldModel {

    private Engine engine;
    private ContinuousSampler increments;
    private Runnable event;

    @Override
    public void fill(int pending, long seed) {
        engine = new Engine();
        increments = Increments.exponential(seed);
        event = () -> engine.scheduleAfter(Increments.nanos(increments.sample()), event);
        for (int i = 0; i < pending; i++) {
            engine.scheduleAt(Increments.nanos(increments.sample()), event);
        }
    }

    @Override
    public double hold() {
        engine.step();
        return engine.now() / 1e6;
    }
}
