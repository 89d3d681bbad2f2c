/**
 * Validation of input files: problems that name the file, line, field path, what was found
 * and what is allowed, collected so that a file reports everything wrong with it at once.
 */
package dev.fleetcast.formats.validation;
