package bp.charts;

import java.util.Arrays;
import java.util.Collection;

/**
 * Keeps a divergent run from wrecking a chart. Values outside a band [lo, hi] (and NaN, ±∞)
 * are cut: the line runs to the band's edge, then stops, and starts again where the series
 * comes back. XChart leaves a gap at a NaN y value, which is what a cut becomes.
 */
final class Clipping {

    /** Auto band on a linear axis: ± this many times the largest |y| of the series' first steps. */
    static final double FACTOR = 5;

    /** Auto band on a log axis: up to this many times the largest y of the first steps (3 decades). */
    static final double LOG_FACTOR = 1e3;

    /** How many leading values decide the scale of a run. */
    static final int LEADING = 3;

    private Clipping() {
    }

    /** A band of y values, with whether it is a log axis (then lo is above 0). */
    record Band(double lo, double hi, boolean log) {

        boolean contains(double y) {
            return Double.isFinite(y) && y >= lo && y <= hi && (!log || y > 0);
        }

        /** The coordinate the axis is linear in: log10 y on a log axis. */
        double axis(double y) {
            return log ? Math.log10(y) : y;
        }

        double edgeFor(double outside) {
            return outside > hi ? hi : lo;
        }
    }

    /** A series after cutting: x and y with crossing points added, NaN for each gap. */
    record Cut(double[] x, double[] y, boolean clipped) {
    }

    /**
     * A band that leaves well-behaved series untouched and cuts runs that blew up: when some
     * value is NaN, ±∞ (or ≤ 0 on a log axis), or a series ends beyond the limit (a curve that
     * only passes through large values, such as a peak, is drawn whole), the band is ±{@link #FACTOR}
     * (log: {@link #LOG_FACTOR}) times the largest |y| among the series' first {@link #LEADING} values.
     */
    static Band autoBand(Collection<double[]> series, boolean log) {
        double scale = leadingScale(series, log);
        double limit = (log ? LOG_FACTOR : FACTOR) * scale;
        boolean unshowable = series.stream().flatMapToDouble(Arrays::stream)
                .anyMatch(y -> !Double.isFinite(y) || (log && y <= 0));
        boolean blewUp = series.stream().anyMatch(y -> y.length > 0 && Math.abs(y[y.length - 1]) > limit);
        boolean needed = unshowable || blewUp;
        if (!needed) {
            return new Band(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, log);
        }
        return log ? new Band(Double.MIN_VALUE, limit, true) : new Band(-limit, limit, false);
    }

    /** A band that only cuts what the axis cannot show: NaN, ±∞, and y ≤ 0 on a log axis. */
    static Band axisBand(boolean log) {
        return new Band(log ? Double.MIN_VALUE : -Double.MAX_VALUE, Double.MAX_VALUE, log);
    }

    /** The largest |y| among each series' first {@link #LEADING} usable values (1 if none). */
    static double leadingScale(Collection<double[]> series, boolean log) {
        double scale = 0;
        for (double[] y : series) {
            int seen = 0;
            for (int i = 0; i < y.length && seen < LEADING; i++) {
                if (Double.isFinite(y[i]) && (!log || y[i] > 0)) {
                    scale = Math.max(scale, Math.abs(y[i]));
                    seen++;
                }
            }
        }
        return scale > 0 ? scale : 1;
    }

    /** Cuts one series to the band, adding the points where it leaves or re-enters it. */
    static Cut cut(double[] x, double[] y, Band band) {
        return cut(x, y, band, true);
    }

    /**
     * Cuts one series to the band; with {@code crossings} the line is drawn on to the band's
     * edge (leave them out where every point gets a marker: a marker on the edge would look like data).
     */
    static Cut cut(double[] x, double[] y, Band band, boolean crossings) {
        double[] cx = new double[2 * x.length + 1];
        double[] cy = new double[2 * x.length + 1];
        int n = 0;
        boolean clipped = false;
        for (int i = 0; i < x.length; i++) {
            boolean in = band.contains(y[i]);
            boolean prevIn = i > 0 && band.contains(y[i - 1]);
            if (crossings && i > 0 && in != prevIn && isCrossable(y[in ? i - 1 : i], band)) {
                cx[n] = crossingX(x[i - 1], y[i - 1], x[i], y[i], band);
                cy[n++] = band.edgeFor(in ? y[i - 1] : y[i]);
            }
            cx[n] = x[i];
            cy[n++] = in ? y[i] : Double.NaN;
            clipped |= !in;
        }
        return new Cut(Arrays.copyOf(cx, n), Arrays.copyOf(cy, n), clipped);
    }

    /** A value beyond an edge (not NaN, not ≤ 0 on a log axis): the line can be drawn to the edge. */
    private static boolean isCrossable(double outside, Band band) {
        return !Double.isNaN(outside) && (!band.log() || outside > band.hi());
    }

    /** Where the segment (x0,y0)–(x1,y1) meets the band's edge, straight in axis coordinates. */
    private static double crossingX(double x0, double y0, double x1, double y1, Band band) {
        double outside = band.contains(y0) ? y1 : y0;
        if (!Double.isFinite(outside)) {
            return band.contains(y0) ? x1 : x0;
        }
        double edge = band.axis(band.edgeFor(outside));
        double t = (edge - band.axis(y0)) / (band.axis(y1) - band.axis(y0));
        return x0 + t * (x1 - x0);
    }
}
