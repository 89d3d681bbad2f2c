/**
 * Scenarios as validated records: what is simulated, with every parameter checked in the
 * constructor and every message naming the field and the bad value. Parsing scenario files
 * is formats/' work; running them is sim/' and experiments/'.
 */
package dev.fleetcast.model.scenario;
