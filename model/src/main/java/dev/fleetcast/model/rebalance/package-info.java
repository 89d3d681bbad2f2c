/**
 * Rebalancing: which devices move when the fleet of gateways changes, within a move budget
 * per interval. Decisions only; the simulator and the live controller apply them.
 */
package dev.fleetcast.model.rebalance;
