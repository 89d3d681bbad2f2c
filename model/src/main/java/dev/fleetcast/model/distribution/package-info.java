/**
 * Distributions as immutable, validated values. A distribution is sampled by passing a
 * {@code UniformRandomProvider}; none holds a generator. Library types (Commons Math) never
 * appear here.
 */
package dev.fleetcast.model.distribution;
