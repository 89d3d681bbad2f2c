/**
 * Live: fabric8 controllers that call model's policies through model's ports, the gateway
 * server, device runtimes, trace recording and lab setup.
 *
 * <p>Not built yet (see README). What must not: the simulator — live takes a prediction as a
 * result file, never by running sim/.
 */
package dev.fleetcast.live;
