/**
 * Figures with XChart: one small class per figure, each deciding from its inputs whether it has
 * data to draw, and {@link dev.fleetcast.reports.figure.FigureEncoder} writing PNG (300 dpi) and
 * PDF. One style ({@code Charts}) and one palette ({@link dev.fleetcast.reports.figure.Palette}:
 * Okabe–Ito, fixed per gateway and per policy) for all.
 *
 * <p>What must not live here: reading files, or document layout; and no shared mutable state —
 * a figure's chart is made, written and dropped.
 */
package dev.fleetcast.reports.figure;
