package bp.notebook;

import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import tech.tablesaw.api.Table;

/**
 * What the setup cell of every chapter switches on: a Tablesaw {@link Table} that ends a cell
 * (or goes to {@code display}) shows as an HTML table that fits the page, numbers rounded to
 * the digits that matter ({@link TableView}), with a plain-text copy beside it.
 * Outside IJava it does nothing.
 */
public final class Notebook {

    private static boolean done;

    private Notebook() {
    }

    /** Registers the course's table view with IJava; calling it again, or outside IJava, does nothing. */
    public static synchronized void setUp() {
        BaseKernel kernel = done ? null : IJavaOutput.kernel().orElse(null);
        if (kernel == null) {
            return;
        }
        kernel.getRenderer().createRegistration(Table.class)
                .preferring(MIMEType.TEXT_HTML)
                .supporting(MIMEType.TEXT_HTML, MIMEType.TEXT_PLAIN)
                .register((table, context) -> TableView.of(table).render(context));
        done = true;
    }
}
