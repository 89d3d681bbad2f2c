/**
 * Which devices move, and why: the failover rules (a gateway seen Failed or Stopped, a device
 * marked Unreachable) and rebalancing when the fleet of gateways changes, within a move
 * budget per interval. Decisions only; the simulator and the live controller apply them.
 */
package dev.fleetcast.model.rebalance;
