package bp.charts;

import io.github.spencerpark.jupyter.kernel.display.DisplayDataRenderable;
import io.github.spencerpark.jupyter.kernel.display.RenderContext;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Set;

/**
 * A finished XChart chart that shows itself as a PNG when it is the last expression of a
 * notebook cell. {@link #xchart()} gives the chart itself for a learner who wants to restyle it.
 */
public final class Plot implements DisplayDataRenderable {

    private static final Set<MIMEType> TYPES = Set.of(MIMEType.IMAGE_PNG, MIMEType.TEXT_PLAIN);

    private final Chart<?, ?> chart;

    /** Shows this chart; a line chart is made readable first (see {@link Readable}). */
    public Plot(Chart<?, ?> chart) {
        if (chart == null) {
            throw new IllegalArgumentException("chart is null: pass the XChart chart to show");
        }
        if (chart instanceof XYChart xy) {
            Readable.apply(xy);
        }
        this.chart = chart;
    }

    /** The XChart object, to change a colour, an axis or a title before showing it. */
    public Chart<?, ?> xchart() {
        return chart;
    }

    /** The chart drawn to an image (IJava shows a returned image as a PNG too). */
    public BufferedImage image() {
        return Readable.drawn(chart, () -> BitmapEncoder.getBufferedImage(chart));
    }

    /** The chart as PNG bytes. */
    public byte[] png() {
        return Readable.drawn(chart, () -> {
            try {
                return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
            } catch (IOException e) {
                throw new UncheckedIOException("could not draw the chart \"" + chart.getTitle() + "\"", e);
            }
        });
    }

    /** Writes the chart to a PNG file, for slides or a report. */
    public Path savePng(Path file) {
        try {
            java.nio.file.Files.write(file, png());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the chart to " + file.toAbsolutePath(), e);
        }
    }

    @Override
    public Set<MIMEType> getSupportedRenderTypes() {
        return TYPES;
    }

    @Override
    public Set<MIMEType> getPreferredRenderTypes() {
        return Set.of(MIMEType.IMAGE_PNG);
    }

    @Override
    public void render(RenderContext context) {
        context.renderIfRequested(MIMEType.IMAGE_PNG, () -> Base64.getEncoder().encodeToString(png()));
        context.renderIfRequested(MIMEType.TEXT_PLAIN, this::toString);
    }

    @Override
    public String toString() {
        return "Plot[" + chart.getTitle() + "]";
    }
}
