package bp.check;

import bp.Require;
import bp.book.BookNetwork;
import bp.general.Gradients;
import bp.general.MatrixBackprop;
import bp.general.Network;
import bp.general.Parameter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongFunction;

/**
 * The book's closed-form gradients (chapters 2–4) set beside the other ways of computing them:
 * central differences, and the general network of chapter 5 built from the same parameters,
 * in its loop form and its matrix form.
 */
public final class ClosedForms {

    private ClosedForms() {
    }

    /**
     * One entry per parameter, in book order, for the sample (x, y): closed form, central
     * difference, and the general loop (chapter 5).
     */
    public static List<ThreeWays> threeWays(BookNetwork book, double[] x, double y) {
        List<CheckResult.Row> rows = GradientCheck.of(book, x, y).rows();
        Network net = book.toNetwork();
        Gradients loop = net.backprop(x, target(y));
        return rows.stream()
                .map(r -> new ThreeWays(r.name(), r.analytic(), r.numeric(), Parameter.named(net, r.name()).of(loop)))
                .toList();
    }

    /** The largest |closed form − general loop form| over the parameters, for the sample (x, y). */
    public static double maxDifferenceFromLoop(BookNetwork book, double[] x, double y) {
        Network net = book.toNetwork();
        return maxDifference(book, x, y, net, net.backprop(x, target(y)));
    }

    /** The largest |closed form − general matrix form| over the parameters, for the sample (x, y). */
    public static double maxDifferenceFromMatrix(BookNetwork book, double[] x, double y) {
        Network net = book.toNetwork();
        return maxDifference(book, x, y, net, MatrixBackprop.backprop(net, x, target(y)));
    }

    /**
     * For each kind of book network (by name, made from a seed 0, 1, …), the largest difference
     * between its closed forms and the general loop and matrix forms over {@code trials} random
     * networks, each on a random sample x ∈ [−2, 2)², y ∈ [0, 1) drawn from {@code seed}.
     */
    public static List<AgreementWithGeneral> againstGeneral(Map<String, ? extends LongFunction<? extends BookNetwork>> kinds,
                                                            int trials, long seed) {
        Require.atLeastOne("trials", trials);
        Random random = new Random(seed);
        List<AgreementWithGeneral> agreements = new ArrayList<>();
        kinds.forEach((name, make) -> {
            double worstLoop = 0;
            double worstMatrix = 0;
            for (int trial = 0; trial < trials; trial++) {
                BookNetwork book = make.apply(trial);
                double[] x = {4 * random.nextDouble() - 2, 4 * random.nextDouble() - 2};
                double y = random.nextDouble();
                worstLoop = Math.max(worstLoop, maxDifferenceFromLoop(book, x, y));
                worstMatrix = Math.max(worstMatrix, maxDifferenceFromMatrix(book, x, y));
            }
            int parameters = make.apply(0).parameterNames().size();
            agreements.add(new AgreementWithGeneral(name, parameters, trials, worstLoop, worstMatrix));
        });
        return List.copyOf(agreements);
    }

    /** max |closed form − g| over the parameters, g computed by {@code net} (= book.toNetwork()). */
    private static double maxDifference(BookNetwork book, double[] x, double y, Network net, Gradients g) {
        double worst = 0;
        for (Map.Entry<String, Double> closed : book.gradient(x, y).entrySet()) {
            worst = Math.max(worst, Math.abs(closed.getValue() - Parameter.named(net, closed.getKey()).of(g)));
        }
        return worst;
    }

    private static double[] target(double y) {
        return new double[] {Require.finite("y", y)};
    }
}
