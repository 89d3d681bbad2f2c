package dev.fleetcast.reports.document;

import java.util.Objects;

/**
 * A figure as written into the bundle: {@code figures/<id>.png} and {@code figures/<id>.pdf},
 * and the PNG's bytes, which report.html embeds.
 *
 * @param id the file stem, unique in the report
 * @param caption what it shows
 * @param png the PNG's bytes
 * @param widthPoints the figure's natural width in points (1/72 inch)
 */
record WrittenFigure(String id, String caption, byte[] png, int widthPoints) implements Block {

    /** The width of a standard figure, which LaTeX sets at the full line width. */
    static final int LINE_WIDTH_POINTS = 360;

    WrittenFigure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caption, "caption");
        png = png.clone();
        if (widthPoints <= 0) {
            throw new IllegalArgumentException("figure " + id + ": width must be positive, was " + widthPoints);
        }
    }

    /** The share of the line width LaTeX gives the figure: its natural width against a standard one's, at most 1. */
    double lineWidthShare() {
        return Math.min(1.0, (double) widthPoints / LINE_WIDTH_POINTS);
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    /** The PNG's path relative to the report. */
    String pngPath() {
        return "figures/" + id + ".png";
    }

    /** The PDF's path relative to the report. */
    String pdfPath() {
        return "figures/" + id + ".pdf";
    }

    @Override
    public void renderTo(Renderer renderer) {
        renderer.figure(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WrittenFigure f && f.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "WrittenFigure[" + id + "]";
    }
}
