package bp.notebook;

import io.github.spencerpark.jupyter.kernel.display.DisplayDataRenderable;
import io.github.spencerpark.jupyter.kernel.display.RenderContext;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A Tablesaw table as a notebook shows it: an HTML table that fits the page (long text wraps
 * inside its cell, numbers align right) and a plain-text copy for everything else. Decimal
 * columns that nobody formatted are written with the digits that matter ({@link Numbers});
 * columns with a formatter of their own ({@link Tables#rounded}, {@link Tables#scientific})
 * keep it. Long tables show their first and last rows.
 */
public final class TableView implements DisplayDataRenderable {

    private static final Set<MIMEType> TYPES = Set.of(MIMEType.TEXT_HTML, MIMEType.TEXT_PLAIN);

    /** Tables with more rows than this show only their first {@link #HEAD} and last {@link #TAIL}. */
    static final int MAX_ROWS = 30;
    static final int HEAD = 15;
    static final int TAIL = 5;

    /** How Tablesaw writes a decimal nobody formatted: every digit of the double. */
    private static final NumberFormat UNFORMATTED = NumberColumnFormatter.floatingPointDefault().getFormat();

    private final Table table;

    private TableView(Table table) {
        if (table == null) {
            throw new IllegalArgumentException("table is null: pass a Tablesaw Table");
        }
        this.table = table;
    }

    /** The view of this table. */
    public static TableView of(Table table) {
        return new TableView(table);
    }

    /** The table as an HTML fragment (a caption with the table's name, a header row, the rows). */
    public String html() {
        StringBuilder html = new StringBuilder();
        html.append("<div class=\"bp-table\" style=\"max-width:100%;overflow-x:auto\">")
                .append("<table style=\"font-variant-numeric:tabular-nums\">");
        if (!table.name().isBlank()) {
            html.append("<caption style=\"caption-side:top;text-align:left;font-weight:bold;white-space:nowrap\">")
                    .append(escape(Numbers.roundedIn(table.name()))).append("</caption>");
        }
        html.append("<thead><tr>");
        for (Column<?> c : table.columns()) {
            html.append("<th style=\"text-align:").append(align(c)).append("\">").append(escape(c.name())).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (int row : rows()) {
            html.append("<tr>");
            if (row < 0) {
                html.append("<td colspan=\"").append(table.columnCount()).append("\" style=\"text-align:center\">")
                        .append("⋮ ").append(table.rowCount()).append(" rows in all</td>");
            } else {
                for (Column<?> c : table.columns()) {
                    html.append("<td style=\"text-align:").append(align(c)).append("\">")
                            .append(escape(cell(c, row))).append("</td>");
                }
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table></div>").toString();
    }

    /** The table as aligned plain text, with the same rounding as {@link #html()}. */
    public String text() {
        List<Column<?>> columns = table.columns();
        int[] width = new int[columns.size()];
        List<String[]> lines = new ArrayList<>();
        lines.add(columns.stream().map(Column::name).toArray(String[]::new));
        for (int row : rows()) {
            String[] line = new String[columns.size()];
            for (int k = 0; k < columns.size(); k++) {
                line[k] = row < 0 ? (k == 0 ? "⋮" : "") : cell(columns.get(k), row);
            }
            lines.add(line);
        }
        for (String[] line : lines) {
            for (int k = 0; k < line.length; k++) {
                width[k] = Math.max(width[k], line[k].length());
            }
        }
        StringBuilder text = new StringBuilder(table.name().isBlank() ? "" : Numbers.roundedIn(table.name()) + "\n");
        for (String[] line : lines) {
            for (int k = 0; k < line.length; k++) {
                boolean right = columns.get(k) instanceof NumberColumn;
                String pad = " ".repeat(width[k] - line[k].length());
                text.append(k == 0 ? "" : "  ").append(right ? pad + line[k] : line[k] + pad);
            }
            text.append('\n');
        }
        if (table.rowCount() > MAX_ROWS) {
            text.append("(").append(table.rowCount()).append(" rows in all)\n");
        }
        return text.toString().stripTrailing();
    }

    /** The rows shown, with −1 where rows are left out. */
    private int[] rows() {
        int n = table.rowCount();
        if (n <= MAX_ROWS) {
            return java.util.stream.IntStream.range(0, n).toArray();
        }
        int[] rows = new int[HEAD + 1 + TAIL];
        for (int k = 0; k < HEAD; k++) {
            rows[k] = k;
        }
        rows[HEAD] = -1;
        for (int k = 0; k < TAIL; k++) {
            rows[HEAD + 1 + k] = n - TAIL + k;
        }
        return rows;
    }

    /** One cell as text: a decimal nobody formatted is rounded to the digits that matter. */
    static String cell(Column<?> column, int row) {
        String shown = column.getString(row);
        if (column instanceof NumberColumn<?, ?> numbers && !numbers.isMissing(row)) {
            double value = numbers.getDouble(row);
            if (value != Math.rint(value) || Math.abs(value) >= 1e6) {
                if (shown.equals(unformatted(value)) || shown.equals(String.valueOf(value))) {
                    return Numbers.readable(value);
                }
            }
        }
        return shown;
    }

    private static String unformatted(double value) {
        synchronized (UNFORMATTED) {
            return UNFORMATTED.format(value);
        }
    }

    private static String align(Column<?> column) {
        return column instanceof NumberColumn ? "right" : "left";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public Set<MIMEType> getSupportedRenderTypes() {
        return TYPES;
    }

    @Override
    public Set<MIMEType> getPreferredRenderTypes() {
        return TYPES;
    }

    @Override
    public void render(RenderContext context) {
        context.renderIfRequested(MIMEType.TEXT_HTML, this::html);
        context.renderIfRequested(MIMEType.TEXT_PLAIN, this::text);
    }

    @Override
    public String toString() {
        return text();
    }
}
