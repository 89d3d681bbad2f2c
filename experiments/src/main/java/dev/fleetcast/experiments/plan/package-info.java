/**
 * Capacity planning: the smallest gateway count that meets a scenario's objectives with
 * stated confidence, found by a binary search over simulated candidates with sequential
 * replications, and the evidence that justifies it.
 *
 * <p>What must not live here: the objectives' definitions (model/scenario), file formats.
 */
package dev.fleetcast.experiments.plan;
