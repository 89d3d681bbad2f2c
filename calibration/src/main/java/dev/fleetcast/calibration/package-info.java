/**
 * Calibration: readers of foreign traces (collector JSON, kubectl dumps, CSV) into model's
 * records, and distribution fitting with goodness of fit.
 *
 * <p>What must not: simulation, clusters or drawing. Commons Math types stay inside this
 * module; fitted results leave as model's records.
 */
package dev.fleetcast.calibration;
