package dev.fleetcast.reports.figure;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Turns a chart into the bytes of its two files:
 *
 * <ul>
 *   <li>PNG at {@value #DPI} dots per inch, the resolution stated in the file's {@code pHYs}
 *       chunk (11,811 pixels per metre) so that word processors place it at its natural size;
 *       for the HTML and Markdown reports.</li>
 *   <li>PDF, vector, for LaTeX: pdflatex includes PDF as it is, while SVG would need the svg
 *       package and Inkscape at every compile. XChart's {@link VectorGraphicsEncoder} records the
 *       drawing with VectorGraphics2D and writes the PDF through PDFBox
 *       ({@code de.rototor.pdfbox:graphics2d}); both are declared in reports/pom.xml. Text
 *       becomes outlines, so no font needs to be embedded or installed. PDFBox stamps each file
 *       with a fresh document ID, so two runs give PDFs that differ in that ID only.</li>
 * </ul>
 *
 * Rendering is single-threaded per call and holds no state: one encoder may serve many threads.
 */
public final class FigureEncoder {

    /** Dots per inch of the PNG files. */
    public static final int DPI = 300;

    /** 300 dpi in the unit PNG states it in: pixels per metre, rounded (300 / 0.0254 = 11,811.02). */
    static final int PIXELS_PER_METRE = (int) Math.round(DPI / 0.0254);

    /** The chart as a PNG, {@value #DPI} dpi: a figure of w × h points is w × h × 300/72 pixels. */
    public byte[] png(Chart<?, ?> chart) {
        double scale = DPI / 72.0;
        int width = (int) Math.round(chart.getWidth() * scale);
        int height = (int) Math.round(chart.getHeight() * scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            graphics.setColor(java.awt.Color.WHITE); // rounding can leave a last row the chart does not paint
            graphics.fillRect(0, 0, width, height);
            graphics.scale(scale, scale);
            chart.paint(graphics, chart.getWidth(), chart.getHeight());
        } finally {
            graphics.dispose();
        }
        return encode(image);
    }

    /** The chart as a one-page vector PDF the size of the chart. */
    public byte[] pdf(Chart<?, ?> chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.PDF);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw a PDF in memory", e);
        }
        return out.toByteArray();
    }

    private static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try {
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    parameters);
            IIOMetadataNode physical = new IIOMetadataNode("pHYs");
            physical.setAttribute("pixelsPerUnitXAxis", Integer.toString(PIXELS_PER_METRE));
            physical.setAttribute("pixelsPerUnitYAxis", Integer.toString(PIXELS_PER_METRE));
            physical.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(physical);
            metadata.mergeTree("javax_imageio_png_1.0", root);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(image, null, metadata), parameters);
            }
            return out.toByteArray();
        } catch (IIOInvalidTreeException e) {
            throw new IllegalStateException("the PNG writer refused the pHYs chunk", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a PNG in memory", e);
        } finally {
            writer.dispose();
        }
    }
}
