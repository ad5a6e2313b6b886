package org.ipwp.dataview;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipwp.data.Dataset;
import org.ipwp.data.DatasetRow;
import org.ipwp.data.DatasetSource;
import org.ipwp.i18n.Language;
import org.ipwp.i18n.Messages;
import org.ipwp.opendata.PublishedLayout;

/**
 * Writes the reader's table of a dataset (or of some of its rows): a caption, column headers with
 * {@code scope}, each row's label as a row header, figures right-aligned ({@code class="num"})
 * with the raw value in {@code data-value}, and a link to the letter paragraph each row comes from.
 */
public final class DataTableWriter {

    private static final Pattern PARAGRAPH = Pattern.compile("p([0-9]+)");

    /** The id of a row's {@code <tr>} on the dataset page, the target of {@code figure:[..., link]}. */
    public static String rowId(String rowKey) {
        return "row-" + rowKey;
    }

    private final Messages messages;
    private final CellText cells;

    public DataTableWriter(Messages messages, CellText cells) {
        this.messages = messages;
        this.cells = cells;
    }

    /**
     * @param link turns a site path ({@code zh/letters/2020/x/}) into a link from the page being
     *             written
     */
    /**
     * @param rowIds whether rows get {@link #rowId} ids (on the dataset page, not in chapters, where
     *               the same row may be shown twice)
     */
    public String table(Dataset dataset, List<DatasetRow> rows, Language language, String caption,
                        UnaryOperator<String> link, boolean rowIds) {
        ReaderColumns columns = ReaderColumns.of(dataset);
        String letter = dataset.sources().stream().map(DatasetSource::letter).filter(l -> l != null && !l.isEmpty())
                .findFirst().orElse(null);
        boolean sourceColumn = columns.paragraph() >= 0 && letter != null;
        StringBuilder html = new StringBuilder();
        html.append("<table class=\"data-table\">\n<caption>").append(HtmlText.escape(caption)).append("</caption>\n");
        html.append("<thead>\n<tr>");
        int label = columns.label(language);
        boolean bilingualLabels = columns.labelZh() != columns.labelEn();
        headerCell(html, bilingualLabels ? messages.get(language, "data.col.indicator")
                : dataset.fields().get(label).title().get(language), false);
        for (int column : columns.quantities()) {
            headerCell(html, dataset.fields().get(column).title().get(language), true);
        }
        for (int column : columns.texts()) {
            headerCell(html, dataset.fields().get(column).title().get(language), false);
        }
        if (sourceColumn) {
            headerCell(html, messages.get(language, "data.col.source"), false);
        }
        html.append("</tr>\n</thead>\n<tbody>\n");
        for (DatasetRow row : rows) {
            html.append(rowIds && dataset.keyColumn() >= 0
                    ? "<tr id=\"" + HtmlText.escape(rowId(row.cells().get(dataset.keyColumn()))) + "\">" : "<tr>");
            html.append("<th scope=\"row\">").append(HtmlText.escape(row.cells().get(label))).append("</th>");
            for (int column : columns.quantities()) {
                String raw = row.cells().get(column);
                html.append("<td class=\"num\" data-value=\"").append(HtmlText.escape(raw)).append("\">")
                        .append(HtmlText.escape(cells.quantity(dataset, columns, row, column, language))).append("</td>");
            }
            for (int column : columns.texts()) {
                html.append("<td>").append(HtmlText.escape(row.cells().get(column))).append("</td>");
            }
            if (sourceColumn) {
                html.append("<td>").append(paragraphLink(row.cells().get(columns.paragraph()), letter, language, link))
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        return html.toString();
    }

    private String paragraphLink(String anchor, String letter, Language language, UnaryOperator<String> link) {
        if (anchor.isEmpty()) {
            return "";
        }
        Matcher number = PARAGRAPH.matcher(anchor);
        String text = number.matches() ? messages.get(language, "data.paragraph", number.group(1)) : anchor;
        String href = link.apply(PublishedLayout.letterPagePath(letter, language)) + "#" + anchor;
        return "<a href=\"" + HtmlText.escape(href) + "\">" + HtmlText.escape(text) + "</a>";
    }

    private static void headerCell(StringBuilder html, String text, boolean numeric) {
        html.append("<th scope=\"col\"").append(numeric ? " class=\"num\"" : "").append(">")
                .append(HtmlText.escape(text)).append("</th>");
    }
}
