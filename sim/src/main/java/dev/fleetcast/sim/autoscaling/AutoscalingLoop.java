package dev.fleetcast.sim.autoscaling;

import dev.fleetcast.model.result.AutoscalingOutcome;

/** An autoscaler's loop in a run: started once, asked at the end what it did. */
public interface AutoscalingLoop {

    /** Starts evaluating, from one period after now. */
    void start();

    /** What the loop did. */
    AutoscalingOutcome outcome();
}
