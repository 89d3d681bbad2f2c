/**
 * The built-in default study behind {@code fleetcast demo}. Each capability that lands adds
 * its part here; the study runs genuine simulations, never canned numbers.
 */
package dev.fleetcast.experiments.demo;
