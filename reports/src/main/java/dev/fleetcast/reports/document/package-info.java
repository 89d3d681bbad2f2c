/**
 * The report as a document: {@code ReportBuilder} lays out sections of paragraphs, lists,
 * tables and figures; three writers render the same layout as Markdown, self-contained HTML and
 * a LaTeX section; {@link dev.fleetcast.reports.document.Bundle} writes them with the figures.
 * The methods paragraph is generated from the resolved scenarios and seeds in the result files.
 *
 * <p>What must not live here: drawing (figure/) or reading inputs (input/).
 */
package dev.fleetcast.reports.document;
