/**
 * Writing output directories safely: whole files or none, with errors that name the path.
 */
package dev.fleetcast.formats.output;
