/**
 * Load profiles: how often each device sends a message, as a function of simulated time
 * (steady, step, ramp, diurnal, spike). Pure functions of time; the simulator turns them into
 * arrivals.
 *
 * <p>What must not live here: arrival generation or any randomness (sim/), or parsing (formats/).
 */
package dev.fleetcast.model.load;
