/**
 * Reports: figures and documents drawn from result, calibration and trace files.
 *
 * <p>Not built yet (see README). What must not: running simulations or touching clusters;
 * reports read files only.
 */
package dev.fleetcast.reports;
