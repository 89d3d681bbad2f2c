/**
 * Reports: figures and documents drawn from result and calibration files. {@link
 * dev.fleetcast.reports.Reports#write} is the whole public API: inputs in, a bundle of
 * report.md, report.html, report.tex and figures/ out (docs/reports.md).
 *
 * <p>Subpackages: {@code input} finds and reads the files, {@code figure} draws them with
 * XChart, {@code document} lays out and writes the documents.
 *
 * <p>What must not live here: running simulations or touching clusters — reports read files
 * only, through formats/ — or statistics beyond what a figure needs to draw (means, pooled
 * histograms); confidence intervals come from the summaries experiments/ wrote.
 */
package dev.fleetcast.reports;
