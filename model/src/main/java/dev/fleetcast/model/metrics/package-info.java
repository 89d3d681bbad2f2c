/**
 * The metric catalogue: each metric defined once — by its start and end events on the
 * per-device timeline, or as a function of devices per gateway — and computed by one
 * function, used alike for predictions (sim/) and observations (live/).
 */
package dev.fleetcast.model.metrics;
