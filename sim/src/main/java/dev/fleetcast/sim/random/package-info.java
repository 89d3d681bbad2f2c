/**
 * Reproducible randomness: named streams derived from a replication seed by pure functions.
 *
 * <p>What lives here: seed derivation and the construction of commons-rng generators. Model
 * code receives only {@code UniformRandomProvider}s made here. What must not: any
 * generator seeded from the clock, or shared between replications.
 */
package dev.fleetcast.sim.random;
