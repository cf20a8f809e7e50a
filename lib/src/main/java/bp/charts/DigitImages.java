package bp.charts;

import bp.data.DataSet;
import bp.general.Network;
import bp.train.Metrics;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Square images (the 8×8 digits of chapter 8) drawn as a grid of pictures, ink dark on white,
 * each with a caption under it. IJava shows the returned image as a PNG.
 */
public final class DigitImages {

    /** Screen pixels per image pixel. */
    static final int SCALE = 9;
    static final int PAD = 8;
    static final int CAPTION = 30;
    static final int TITLE = 30;
    static final Color WRONG = new Color(0xC0392B);

    private DigitImages() {
    }

    /** The first {@code count} samples of {@code data}, each captioned with its digit. */
    public static BufferedImage samples(DataSet data, int count, int columns) {
        List<double[]> images = new ArrayList<>();
        List<String[]> captions = new ArrayList<>();
        for (int k = 0; k < Math.min(count, data.size()); k++) {
            images.add(data.x[k]);
            captions.add(new String[] {"digit " + data.classNames().get(data.classOf(k))});
        }
        return grid("The first " + images.size() + " images", images, captions, columns);
    }

    /**
     * Up to {@code max} samples that {@code net} gets wrong, in data order, each captioned with
     * the true digit and the network's answer (argmax of its outputs).
     */
    public static BufferedImage misclassified(Network net, DataSet data, int max, int columns) {
        List<double[]> images = new ArrayList<>();
        List<String[]> captions = new ArrayList<>();
        int wrong = 0;
        for (int k = 0; k < data.size(); k++) {
            int predicted = Metrics.predictedClass(net, data.x[k]);
            if (predicted != data.classOf(k)) {
                wrong++;
                if (images.size() < max) {
                    images.add(data.x[k]);
                    captions.add(new String[] {"true " + data.classNames().get(data.classOf(k)),
                            "net  " + data.classNames().get(predicted)});
                }
            }
        }
        String title = wrong == 0 ? "No image misclassified (" + data.size() + " images)"
                : wrong + " of " + data.size() + " images misclassified" + (wrong > images.size() ? ", the first " + images.size() : "");
        return grid(title, images, captions, columns);
    }

    /**
     * Any square images: pixels row by row, 0 = white … 1 = black (values outside are clipped);
     * captions[k] are the lines under image k, a second line drawn in red.
     */
    public static BufferedImage grid(String title, List<double[]> images, List<String[]> captions, int columns) {
        if (columns < 1) {
            throw new IllegalArgumentException("columns = " + columns + ", but a grid needs at least 1 column");
        }
        if (captions.size() != images.size()) {
            throw new IllegalArgumentException(images.size() + " images but " + captions.size()
                    + " captions: give one caption (an array of lines) per image");
        }
        int side = images.isEmpty() ? 8 : side(images.get(0));
        int cell = side * SCALE + 2 * PAD;
        int rows = Math.max(1, (images.size() + columns - 1) / columns);
        int width = Math.max(columns * cell, 320);
        BufferedImage out = new BufferedImage(width, TITLE + rows * (cell + CAPTION), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setColor(ChartStyle.INK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(title, PAD, 20);
        for (int k = 0; k < images.size(); k++) {
            int x = (k % columns) * cell + PAD;
            int y = TITLE + (k / columns) * (cell + CAPTION) + PAD;
            draw(g, images.get(k), side, x, y);
            caption(g, captions.get(k), x, y + side * SCALE, side * SCALE);
        }
        g.dispose();
        return out;
    }

    private static int side(double[] pixels) {
        int side = (int) Math.round(Math.sqrt(pixels.length));
        if (side * side != pixels.length) {
            throw new IllegalArgumentException("an image of " + pixels.length + " pixels is not square: "
                    + "give side × side pixels row by row (64 for the 8×8 digits)");
        }
        return side;
    }

    private static void draw(Graphics2D g, double[] pixels, int side, int x, int y) {
        if (pixels.length != side * side) {
            throw new IllegalArgumentException("every image needs " + side * side + " pixels, one has " + pixels.length);
        }
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                int grey = (int) Math.round(255 * (1 - Math.max(0, Math.min(1, pixels[r * side + c]))));
                g.setColor(new Color(grey, grey, grey));
                g.fillRect(x + c * SCALE, y + r * SCALE, SCALE, SCALE);
            }
        }
        g.setColor(new Color(0xBBBBBB));
        g.drawRect(x - 1, y - 1, side * SCALE + 1, side * SCALE + 1);
    }

    private static void caption(Graphics2D g, String[] lines, int x, int y, int width) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        FontMetrics metrics = g.getFontMetrics();
        for (int line = 0; line < lines.length; line++) {
            g.setColor(line == 0 ? ChartStyle.INK : WRONG);
            int textWidth = metrics.stringWidth(lines[line]);
            g.drawString(lines[line], x + (width - textWidth) / 2, y + 14 + 13 * line);
        }
    }
}
