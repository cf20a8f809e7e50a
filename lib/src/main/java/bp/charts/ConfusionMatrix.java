package bp.charts;

import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

/**
 * A confusion matrix as a heat map: one row per actual class (the first class on top), one
 * column per predicted class, each cell showing its count. A perfect classifier fills only
 * the diagonal from the top-left corner down.
 */
final class ConfusionMatrix {

    private ConfusionMatrix() {
    }

    /** counts[a][p]: how many samples of actual class a were predicted as p. */
    static Plot plot(String title, int[][] counts, List<String> names) {
        check(counts, names);
        int k = names.size();
        HeatMapChart chart = new HeatMapChart(ChartStyle.WIDTH, ChartStyle.HEIGHT, Styler.ChartTheme.XChart);
        chart.setTitle(title);
        chart.setXAxisTitle("predicted");
        chart.setYAxisTitle("actual");
        style(chart.getStyler(), max(counts));
        List<String> rowsBottomUp = new ArrayList<>(names);
        java.util.Collections.reverse(rowsBottomUp);
        List<Number[]> cells = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            for (int p = 0; p < k; p++) {
                cells.add(new Number[]{p, k - 1 - a, counts[a][p]});
            }
        }
        chart.addSeries("count", names, rowsBottomUp, cells);
        return new Plot(chart);
    }

    private static void style(HeatMapStyler styler, int max) {
        ChartStyle.apply(styler);
        styler.setPlotGridLinesVisible(false);
        styler.setLegendVisible(false);
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setShowValue(true);
        styler.setValueFontColor(ChartStyle.INK);
        styler.setValueFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        styler.setHeatMapDecimalValueFormatter(v -> String.valueOf(Math.round(v)));
        styler.setRangeColors(new Color[]{new Color(0xF3F5F8), new Color(0x9DBBD9), new Color(0x4E79A7)});
        styler.setMin(0);
        styler.setMax(Math.max(1, max));
    }

    private static int max(int[][] counts) {
        int max = 0;
        for (int[] row : counts) {
            for (int c : row) {
                max = Math.max(max, c);
            }
        }
        return max;
    }

    /** counts from two label lists: counts[actual[n]][predicted[n]]++. */
    static int[][] count(int[] actual, int[] predicted, int classes) {
        if (actual == null || predicted == null || actual.length != predicted.length || actual.length == 0) {
            throw new IllegalArgumentException("actual has " + (actual == null ? "no" : actual.length)
                    + " labels and predicted " + (predicted == null ? "no" : predicted.length)
                    + ": give the same number (at least one) of each");
        }
        int[][] counts = new int[classes][classes];
        for (int n = 0; n < actual.length; n++) {
            checkClass("actual[" + n + "]", actual[n], classes);
            checkClass("predicted[" + n + "]", predicted[n], classes);
            counts[actual[n]][predicted[n]]++;
        }
        return counts;
    }

    private static void checkClass(String what, int label, int classes) {
        if (label < 0 || label >= classes) {
            throw new IllegalArgumentException(what + " = " + label + ", but classes run 0.." + (classes - 1));
        }
    }

    private static void check(int[][] counts, List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new IllegalArgumentException("class names = " + names + ": give one name per class");
        }
        if (counts == null || counts.length != names.size()) {
            throw new IllegalArgumentException("counts has " + (counts == null ? "no" : counts.length)
                    + " rows for " + names.size() + " classes " + names + ": give a square matrix, one row per class");
        }
        for (int a = 0; a < counts.length; a++) {
            if (counts[a] == null || counts[a].length != names.size()) {
                throw new IllegalArgumentException("counts row " + a + " has "
                        + (counts[a] == null ? "no" : counts[a].length) + " entries, but there are "
                        + names.size() + " classes " + names);
            }
            for (int p = 0; p < counts[a].length; p++) {
                if (counts[a][p] < 0) {
                    throw new IllegalArgumentException("counts[" + a + "][" + p + "] = " + counts[a][p]
                            + ", but a count cannot be negative");
                }
            }
        }
    }
}
