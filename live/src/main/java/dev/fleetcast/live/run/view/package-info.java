/**
 * The live view of a run: what it shows ({@link dev.fleetcast.live.run.view.ViewFrame}), the
 * prediction it shows against ({@link dev.fleetcast.live.run.view.Prediction}, read from a
 * {@code fleetcast run} result directory with formats' readers — live never runs the
 * simulator), and two ways to show it: a screen redrawn in place on a terminal, a line per
 * update otherwise.
 *
 * <p>What must not live here: anything that changes the cluster or the trace.
 */
package dev.fleetcast.live.run.view;
