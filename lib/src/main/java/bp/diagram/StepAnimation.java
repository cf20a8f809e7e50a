package bp.diagram;

import bp.descent.Trace;

import java.util.Locale;

/**
 * A ball rolling down the curve, one gradient step per beat: an SVG picture of the objective over
 * [xMin, xMax] with the run's points on it and a dot that jumps from step to step, animated by
 * SVG's own {@code <animate>} (no script, no network), so it plays offline in Jupyter and in the
 * exported HTML. Steps outside [xMin, xMax] end the animation where the run leaves the picture.
 */
public final class StepAnimation implements SvgPicture {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 400;
    private static final int MARGIN = 40;
    private static final double SECONDS_PER_STEP = 0.6;

    private final Trace trace;
    private final double xMin;
    private final double xMax;

    private StepAnimation(Trace trace, double xMin, double xMax) {
        this.trace = trace;
        this.xMin = xMin;
        this.xMax = xMax;
    }

    /** The steps of {@code trace} animated on its curve over [xMin, xMax]. */
    public static StepAnimation of(Trace trace, double xMin, double xMax) {
        if (trace == null) {
            throw new IllegalArgumentException("no trace: pass the Trace of a run, e.g. GradientDescent...run()");
        }
        if (!(xMin < xMax)) {
            throw new IllegalArgumentException("x range [" + xMin + ", " + xMax + "] is empty: xMin must be below xMax");
        }
        return new StepAnimation(trace, xMin, xMax);
    }

    /** How many steps stay inside [xMin, xMax] from the start: the frames of the animation. */
    public int frames() {
        int n = 0;
        while (n < trace.size() && trace.x(n) >= xMin && trace.x(n) <= xMax) {
            n++;
        }
        return n;
    }

    /** The picture as SVG text. */
    public String svg() {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">%n",
                WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"24\" font-family=\"sans-serif\" font-size=\"16\" text-anchor=\"middle\">Steps on %s, η = %s</text>%n",
                WIDTH / 2, trace.objective(), trace.eta()));
        svg.append("<polyline fill=\"none\" stroke=\"#3366cc\" stroke-width=\"2\" points=\"").append(curvePoints()).append("\"/>\n");
        int frames = frames();
        StringBuilder xs = new StringBuilder();
        StringBuilder ys = new StringBuilder();
        for (int t = 0; t < frames; t++) {
            String sep = t == 0 ? "" : ";";
            xs.append(sep).append(fmt(px(trace.x(t))));
            ys.append(sep).append(fmt(py(trace.y(t))));
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%s\" cy=\"%s\" r=\"3\" fill=\"#f0a020\"/>%n", fmt(px(trace.x(t))), fmt(py(trace.y(t)))));
        }
        if (frames > 0) {
            String dur = fmt(Math.max(1, frames) * SECONDS_PER_STEP) + "s";
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%s\" cy=\"%s\" r=\"8\" fill=\"#d03020\">%n", fmt(px(trace.x(0))), fmt(py(trace.y(0)))));
            svg.append("<animate attributeName=\"cx\" calcMode=\"discrete\" repeatCount=\"indefinite\" dur=\"").append(dur)
                    .append("\" values=\"").append(xs).append("\"/>\n");
            svg.append("<animate attributeName=\"cy\" calcMode=\"discrete\" repeatCount=\"indefinite\" dur=\"").append(dur)
                    .append("\" values=\"").append(ys).append("\"/>\n</circle>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    private String curvePoints() {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i <= 200; i++) {
            double x = xMin + (xMax - xMin) * i / 200;
            points.append(i == 0 ? "" : " ").append(fmt(px(x))).append(',').append(fmt(py(trace.objective().y(x))));
        }
        return points.toString();
    }

    private double yMax() {
        return Math.max(trace.objective().y(xMin), trace.objective().y(xMax));
    }

    private double px(double x) {
        return MARGIN + (x - xMin) / (xMax - xMin) * (WIDTH - 2 * MARGIN);
    }

    private double py(double y) {
        return HEIGHT - MARGIN - y / yMax() * (HEIGHT - 2 * MARGIN - 20);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    @Override
    public String toString() {
        return "StepAnimation[" + trace.objective() + ", η = " + trace.eta() + ", " + frames() + " steps shown]";
    }
}
