package dev.fleetcast.bench.kernel;

import nl.tudelft.simulation.dsol.experiment.SingleReplication;
import nl.tudelft.simulation.dsol.model.AbstractDsolModel;
import nl.tudelft.simulation.dsol.simulators.DevsSimulator;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * The hold model on DSOL 4.2.1, driven the way its users drive it: a {@code DevsSimulator}
 * with its default event list (a red-black tree), a model whose {@code constructModel}
 * schedules the initial events, and events as {@code SimEvent}s naming a method that DSOL
 * invokes by reflection ({@code scheduleEventRel(delay, this, "hold", null)}).
 *
 * <p>A hold is one call of the simulator's {@code stepImpl()}: the body of its run loop —
 * the same lock, event-list removal, time-changed notification and reflective dispatch that
 * {@code run()} performs per event on DSOL's worker thread. Measured both ways on this
 * machine, the rates agree within noise; stepping from the benchmark thread keeps DSOL's
 * thread hand-offs out of the measurement, which favours DSOL if anything.
 */
final class DsolHold implements HoldModel {

    /** Exposes one step of DSOL's run loop; the only reason to extend a library class here. */
    static final class SteppableSimulator extends DevsSimulator<Double> {
        private static final long serialVersionUID = 1L;

        SteppableSimulator() {
            super("fleetcast-hold-benchmark");
        }

        void stepOnce() {
            stepImpl();
        }
    }

    /** The DSOL model: the initial events, and the method each event names. */
    public static final class Model extends AbstractDsolModel<Double, SteppableSimulator> {
        private static final long serialVersionUID = 1L;

        private final int pending;
        private final transient ContinuousSampler increments;

        Model(SteppableSimulator simulator, int pending, ContinuousSampler increments) {
            super(simulator);
            this.pending = pending;
            this.increments = increments;
        }

        @Override
        public void constructModel() {
            for (int i = 0; i < pending; i++) {
                simulator.scheduleEventAbs(increments.sample(), this, "hold", null);
            }
        }

        /** Invoked by DSOL through reflection, by name. */
        void hold() {
            simulator.scheduleEventRel(increments.sample(), this, "hold", null);
        }
    }

    private SteppableSimulator simulator;

    @Override
    public void fill(int pending, long seed) {
        simulator = new SteppableSimulator();
        Model model = new Model(simulator, pending, Increments.exponential(seed));
        // DSOL schedules its own warm-up (t = 0) and end-of-replication (t = ∞) events too.
        simulator.initialize(model, new SingleReplication<Double>("hold", 0.0, 0.0, Double.MAX_VALUE));
        simulator.stepOnce(); // the warm-up event at t = 0, so every later step is a hold
    }

    @Override
    public double hold() {
        simulator.stepOnce();
        return simulator.getSimulatorTime();
    }

    /** Ends DSOL's (non-daemon) worker thread, which would otherwise keep the JVM alive. */
    @Override
    public void close() {
        simulator.cleanUp();
    }
}
