package dev.fleetcast.reports.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.BoxChartBuilder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * New charts in the report's one style: white, no chart title (documents caption their
 * figures), sans-serif text sized for a figure printed at its natural width, legend below the
 * plot, light dashed grid. Sizes are in points (1/72 inch): a {@link #STANDARD} figure prints
 * 5 inches wide, about a LaTeX article's text width, so its fonts print at their stated size.
 */
final class Charts {

    /** Width and height in points. */
    record Size(int width, int height) {
        Size {
            if (width < 100 || height < 100) {
                throw new IllegalArgumentException("a figure needs at least 100 × 100 pt, was " + width + " × " + height);
            }
        }
    }

    /** 5 × 3.1 inches. */
    static final Size STANDARD = new Size(360, 225);
    /** For many categories: 6.5 × 3.5 inches. */
    static final Size WIDE = new Size(468, 252);
    /** Square, for QQ plots: 3.5 × 3.5 inches. */
    static final Size SQUARE = new Size(252, 252);

    static final Font AXIS_TITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 9);
    static final Font TICK_LABELS = new Font(Font.SANS_SERIF, Font.PLAIN, 8);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 8);
    static final Color GRID = new Color(0xDDDDDD);

    private Charts() {
    }

    static XYChart xy(Size size, String xTitle, String yTitle) {
        XYChart chart = new XYChartBuilder().width(size.width()).height(size.height()).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        style(chart.getStyler());
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        chart.getStyler().setMarkerSize(4);
        return chart;
    }

    static CategoryChart category(Size size, String xTitle, String yTitle) {
        CategoryChart chart = new CategoryChartBuilder().width(size.width()).height(size.height()).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        style(chart.getStyler());
        chart.getStyler().setAvailableSpaceFill(0.8);
        chart.getStyler().setXAxisTicksVisible(true);
        chart.getStyler().setMarkerSize(6);
        chart.getStyler().setErrorBarsColor(Color.BLACK);
        return chart;
    }

    static BoxChart box(Size size, String xTitle, String yTitle) {
        BoxChart chart = new BoxChartBuilder().width(size.width()).height(size.height()).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        style(chart.getStyler());
        chart.getStyler().setLegendVisible(false);
        return chart;
    }

    /** Solid, dashed, dotted, dash-dotted, 1.25 pt: told apart in greyscale as well as by colour. */
    static final List<BasicStroke> LINES = List.of(
            new BasicStroke(1.25f),
            new BasicStroke(1.25f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 3f}, 0f),
            new BasicStroke(1.25f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {1f, 2.5f}, 0f),
            new BasicStroke(1.25f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 2.5f, 1.5f, 2.5f},
                    0f));

    /** Draws {@code series} as a plain line of {@code colour} in the {@code style}-th line style, no markers. */
    static XYSeries line(XYSeries series, Color colour, int style) {
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        series.setLineColor(colour);
        series.setLineStyle(LINES.get(Math.floorMod(style, LINES.size())));
        series.setMarker(SeriesMarkers.NONE);
        return series;
    }

    /**
     * Legend below the plot in one row when the names fit there; else beside the plot, one name
     * a line (XChart does not wrap a row).
     */
    static void legend(AxesChartStyler styler, List<String> names, int chartWidth) {
        if (fitsBelow(names, chartWidth)) {
            styler.setLegendPosition(Styler.LegendPosition.OutsideS);
            styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        } else {
            styler.setLegendPosition(Styler.LegendPosition.OutsideE);
            styler.setLegendLayout(Styler.LegendLayout.Vertical);
        }
    }

    /**
     * The size for a chart whose legend has {@code names}: standard when they fit in a row below
     * it, else wide, so that a legend beside the plot does not squeeze it.
     */
    static Size sizeFor(List<String> names) {
        return fitsBelow(names, STANDARD.width()) ? STANDARD : WIDE;
    }

    /** About 4.6 pt a character at the 8 pt legend font, plus the sample line and padding of each entry. */
    private static boolean fitsBelow(List<String> names, int chartWidth) {
        double width = names.stream().mapToDouble(n -> n.length() * 4.6 + 16 + 12).sum();
        return width <= chartWidth - 24;
    }

    /** A vertical or horizontal line at {@code value} in data coordinates, thin, dashed, dark grey. */
    static AnnotationLine marker(double value, boolean vertical) {
        return new AnnotationLine(value, vertical, false);
    }

    /**
     * Room above the tallest value: the axis ends at the first round number ({@link #roundUp}) at
     * or above 110% of it, so a bar never touches the frame and a flat series still gets ticks
     * between zero and its value.
     */
    static double roundAbove(double max) {
        if (!(max > 0)) {
            return 1;
        }
        return roundUp(max * 1.1);
    }

    private static final double[] ROUND = {1, 1.2, 1.5, 1.6, 1.8, 2, 2.4, 2.5, 3, 3.6, 4, 4.5, 5, 6, 7, 8, 9, 10};

    /**
     * The first round number at or above {@code value}: a mantissa that divides into even ticks
     * (1, 1.2, 1.5, 1.6, 1.8, 2, 2.4, 2.5, 3, 3.6, 4, 4.5, 5, 6, 7, 8, 9) times a power of ten. For
     * an axis's end, so that 1785 s ends at 1800 s, not at XChart's 1785 with ticks at 195 and 390.
     */
    static double roundUp(double value) {
        if (!(value > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : ROUND) {
            if (step * power >= value * (1 - 1e-12)) {
                return step * power;
            }
        }
        return 10 * power;
    }

    /**
     * Ticks only at whole numbers, for counts, where 2.5 gateways means nothing. A decimal
     * pattern rather than a formatting function: XChart widens the tick step until the labels
     * are distinct, which a pattern of no decimals forces onto whole numbers, while a function
     * that blanks the other ticks gives equal labels forever and hangs it.
     */
    static void wholeTicks(AxesChartStyler styler) {
        styler.setYAxisDecimalPattern("0");
    }

    private static void style(AxesChartStyler styler) {
        styler.setChartTitleVisible(false);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setPlotGridLinesColor(GRID);
        styler.setPlotGridLinesStroke(new BasicStroke(0.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL, 10f,
                new float[] {3f, 3f}, 0f));
        styler.setAxisTitleFont(AXIS_TITLE);
        styler.setAxisTickLabelsFont(TICK_LABELS);
        styler.setAxisTickMarkLength(3);
        styler.setAxisTitlePadding(4);
        styler.setAxisTickLabelsColor(Color.BLACK);
        styler.setLegendFont(LEGEND);
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setLegendBackgroundColor(Color.WHITE);
        styler.setLegendPadding(6);
        // XChart's default spacing leaves a short axis with two ticks; this gives four to six.
        styler.setYAxisTickMarkSpacingHint(28);
        styler.setLegendSeriesLineLength(16);
        // XChart sets an OutsideS legend 6 px above the bottom but makes room for it from the
        // chart padding: with less than 6 + 4 the legend covers the x-axis title.
        styler.setChartPadding(10);
        styler.setPlotMargin(4);
        styler.setAnnotationLineColor(new Color(0x555555));
        styler.setAnnotationLineStroke(new BasicStroke(0.75f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {4f, 2f}, 0f));
        styler.setAntiAlias(true);
        styler.setToolTipsEnabled(false);
    }
}
