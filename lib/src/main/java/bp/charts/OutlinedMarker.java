package bp.charts;

import org.knowm.xchart.style.markers.Marker;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;

/** A circle or diamond filled in the series colour with a dark ring, readable on any background. */
final class OutlinedMarker extends Marker {

    private final boolean diamond;

    OutlinedMarker(boolean diamond) {
        this.diamond = diamond;
    }

    @Override
    public void paint(Graphics2D g, double x, double y, int markerSize) {
        double r = markerSize * 0.75;
        Shape shape = diamond ? diamond(x, y, r * 1.25) : new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
        Color fill = g.getColor();
        g.fill(shape);
        g.setColor(ChartStyle.INK);
        g.setStroke(new BasicStroke(1.2f));
        g.draw(shape);
        g.setColor(fill);
    }

    private static Shape diamond(double x, double y, double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x, y - r);
        p.lineTo(x + r, y);
        p.lineTo(x, y + r);
        p.lineTo(x - r, y);
        p.closePath();
        return p;
    }
}
