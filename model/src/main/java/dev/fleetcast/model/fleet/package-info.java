/**
 * The fleet's objects as the platform defines them: gateway and device phases and specs.
 * Values only; what the controllers do with them lives in assignment and discipline code.
 */
package dev.fleetcast.model.fleet;
