package dev.fleetcast.sim.platform;

import dev.fleetcast.model.distribution.DurationDistribution;
import dev.fleetcast.sim.kernel.Engine;
import java.util.ArrayDeque;
import java.util.function.Consumer;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A watch connection: delivers the API server's changes to a subscriber after a random
 * propagation delay, in the order they happened (a watch never reorders, so a delivery
 * waits for the one before it).
 *
 * <p>Order is kept by this class's own queue, not by the engine's tie-breaking: changes due
 * at the same instant are delivered by one event, in order. (An earlier version scheduled
 * one event per change and was caught by the random-tie-order test mode delivering a
 * device's creation after its assignment.)
 */
final class DelayedWatch implements Consumer<ObjectChange> {

    private record Pending(long dueNanos, ObjectChange change) {
    }

    private final Engine engine;
    private final DurationDistribution delay;
    private final UniformRandomProvider random;
    private final Consumer<ObjectChange> subscriber;
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private long lastDue;

    DelayedWatch(Engine engine, DurationDistribution delay, UniformRandomProvider random,
            Consumer<ObjectChange> subscriber) {
        this.engine = engine;
        this.delay = delay;
        this.random = random;
        this.subscriber = subscriber;
    }

    @Override
    public void accept(ObjectChange change) {
        long due = Math.max(engine.now() + delay.sampleNanos(random), lastDue);
        lastDue = due;
        pending.addLast(new Pending(due, change));
        if (pending.size() == 1) {
            engine.scheduleAt(due, this::deliverDue);
        }
    }

    private void deliverDue() {
        long now = engine.now();
        while (!pending.isEmpty() && pending.peekFirst().dueNanos() <= now) {
            subscriber.accept(pending.pollFirst().change());
        }
        if (!pending.isEmpty()) {
            engine.scheduleAt(pending.peekFirst().dueNanos(), this::deliverDue);
        }
    }
}
