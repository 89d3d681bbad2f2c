/**
 * Assignment decisions: which gateway a device goes to.
 *
 * <p>A {@link dev.fleetcast.model.assignment.AssignmentPolicy} is an immutable value that
 * starts a fresh per-run {@link dev.fleetcast.model.assignment.AssignmentPolicy.Assigner};
 * the assigner decides from a {@link dev.fleetcast.model.assignment.FleetView} — what the
 * deciding controller sees, possibly stale — and returns a
 * {@link dev.fleetcast.model.assignment.Decision} that the caller applies. The simulator and
 * the live controller run the same classes.
 */
package dev.fleetcast.model.assignment;
