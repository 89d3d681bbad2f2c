/**
 * The {@code fleetcast} command (picocli): wiring only.
 *
 * <p>What lives here: commands and options, turning user errors into one clear line and a
 * documented exit code, and the main class. What must not: decisions, formats, simulation
 * logic — each command calls the module that owns the work.
 */
package dev.fleetcast.cli;
