/**
 * Result files: what a run produced, written so that the same scenario and seed give the
 * same bytes. Documented in docs/formats.md.
 */
package dev.fleetcast.formats.result;
