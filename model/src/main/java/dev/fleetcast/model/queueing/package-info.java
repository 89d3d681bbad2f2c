/**
 * Closed forms of queueing theory (Erlang C for the M/M/c queue): the analytic answers that
 * the simulated gateway queue is checked against, and quick estimates for capacity planning.
 *
 * <p>What must not live here: simulation of queues (sim/).
 */
package dev.fleetcast.model.queueing;
