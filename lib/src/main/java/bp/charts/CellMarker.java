package bp.charts;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.Marker;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * A marker that fills one cell of a grid in data coordinates: drawn at every grid centre,
 * the cells tile the plot like a filled contour map. The cell's size in pixels is asked
 * from the chart while it paints, so it stays right at any chart size.
 */
final class CellMarker extends Marker {

    private final XYChart chart;
    private final double cellWidth;
    private final double cellHeight;

    CellMarker(XYChart chart, double cellWidth, double cellHeight) {
        this.chart = chart;
        this.cellWidth = cellWidth;
        this.cellHeight = cellHeight;
    }

    @Override
    public void paint(Graphics2D g, double xCentre, double yCentre, int markerSize) {
        double w = Math.abs(chart.getScreenXFromChart(cellWidth) - chart.getScreenXFromChart(0)) + 1;
        double h = Math.abs(chart.getScreenYFromChart(cellHeight) - chart.getScreenYFromChart(0)) + 1;
        g.fill(new Rectangle2D.Double(xCentre - w / 2, yCentre - h / 2, w, h));
    }
}
