/**
 * How seeds are derived — pure functions from (scenario seed, replication) and (seed, stream
 * name) to generator seeds — so that the simulator, calibration's bootstrap and a live run's
 * creation schedule draw from the same streams without depending on each other. No generator
 * lives here: callers build one (commons-rng's xoshiro256++) from the seed this gives them.
 */
package dev.fleetcast.model.random;
