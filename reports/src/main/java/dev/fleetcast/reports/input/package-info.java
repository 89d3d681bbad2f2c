/**
 * Finding and reading what a report draws from: result directories, replication files and
 * calibration files, grouped into {@link dev.fleetcast.reports.input.Run runs} and
 * {@link dev.fleetcast.reports.input.Study studies}. Every problem with an input ends as one
 * {@link dev.fleetcast.reports.ReportInputException} naming the files.
 *
 * <p>What must not live here: parsing file formats (formats/ does that) or drawing.
 */
package dev.fleetcast.reports.input;
