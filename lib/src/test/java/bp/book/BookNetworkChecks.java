package bp.book;

import bp.general.Gradients;
import bp.general.Labels;
import bp.general.Network;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks every book network must pass: gradients against central differences and against chapter 5. */
final class BookNetworkChecks {

    private BookNetworkChecks() {
    }

    /**
     * The central difference of fourth order,
     * (−Err(p+2h) + 8 Err(p+h) − 8 Err(p−h) + Err(p−2h)) / 12h, leaving the parameter as it was.
     * Its error shrinks like h⁴, so h can be large enough that rounding stays far below the
     * smallest gradients of these networks (some are near 1e-6).
     */
    static double centralDifference(BookNetwork net, String p, double[] x, double y) {
        double h = 1e-3;
        double value = net.get(p);
        double[] err = new double[5];
        for (int k = -2; k <= 2; k++) {
            net.set(p, value + k * h);
            err[k + 2] = net.err(x, y);
        }
        net.set(p, value);
        return (-err[4] + 8 * err[3] - 8 * err[1] + err[0]) / (12 * h);
    }

    /** |a − n| / max(|a|, |n|), or the plain difference when both are tiny. */
    static double relativeError(double analytic, double numeric) {
        double scale = Math.max(Math.abs(analytic), Math.abs(numeric));
        return scale < 1e-9 ? Math.abs(analytic - numeric) : Math.abs(analytic - numeric) / scale;
    }

    /** Every closed-form gradient agrees with a central difference to a relative error below 1e-7. */
    static void assertGradientsMatchCentralDifferences(BookNetwork net, double[] x, double y) {
        Map<String, Double> closedForm = net.gradient(x, y);
        assertEquals(net.parameterNames(), closedForm.keySet().stream().toList(), "gradient in book order");
        for (String p : net.parameterNames()) {
            double numeric = centralDifference(net, p, x, y);
            double error = relativeError(closedForm.get(p), numeric);
            assertTrue(error < 1e-7, "∂Err/∂" + p + ": closed form " + closedForm.get(p)
                    + " vs central difference " + numeric + ", relative error " + error);
        }
    }

    /**
     * The general network built by toNetwork holds each book parameter at the place its label names,
     * and its loop-form backprop gives every gradient the closed forms give, to 1e-12.
     */
    static void assertGradientsMatchGeneralBackprop(BookNetwork book, double[] x, double y) {
        Network net = book.toNetwork();
        Labels names = net.labels();
        Gradients g = net.backprop(x, new double[] {y});
        Map<String, Double> closedForm = book.gradient(x, y);
        Set<String> seen = new LinkedHashSet<>();
        for (int m = 1; m <= net.outputLayer(); m++) {
            for (int j = 0; j < net.size(m); j++) {
                for (int i = 0; i < net.size(m - 1); i++) {
                    String w = names.weight(m, j, i);
                    seen.add(w);
                    assertEquals(book.get(w), net.w[m][j][i], 0.0, w + " in the general network");
                    assertEquals(closedForm.get(w), g.dW[m][j][i], 1e-12, "∂Err/∂" + w);
                }
            }
            for (int k = 0; k < net.b[m].length; k++) {
                String b = names.bias(m, k);
                seen.add(b);
                assertEquals(book.get(b), net.b[m][k], 0.0, b + " in the general network");
                assertEquals(closedForm.get(b), g.dB[m][k], 1e-12, "∂Err/∂" + b);
            }
        }
        assertEquals(Set.copyOf(book.parameterNames()), seen, "every book parameter appears once");
        assertEquals(book.err(x, y), g.err, 1e-12, "Err");
    }

    /** A sample with inputs in [−2, 2) and a target in [0, 1). */
    static double[] randomInput(Random random) {
        return new double[] {4 * random.nextDouble() - 2, 4 * random.nextDouble() - 2};
    }
}
