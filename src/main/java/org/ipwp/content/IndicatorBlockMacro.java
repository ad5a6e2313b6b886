package org.ipwp.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;
import org.asciidoctor.extension.Name;
import org.ipwp.chart.ChartKind;
import org.ipwp.chart.SvgChartWriter;
import org.ipwp.data.Dataset;
import org.ipwp.data.DatasetRow;
import org.ipwp.dataview.CellText;
import org.ipwp.dataview.DataChartBuilder;
import org.ipwp.dataview.DataTableWriter;
import org.ipwp.dataview.HtmlText;
import org.ipwp.diag.SourcePosition;
import org.ipwp.i18n.Language;
import org.ipwp.i18n.Messages;
import org.ipwp.links.LinkResolver;
import org.ipwp.opendata.PublishedLayout;

/**
 * {@code indicator::<dataset>[rows="a,b", chart=bar|line, show=table|chart|both, title="..."]}:
 * places a dataset, or the rows named in {@code rows}, as a table and/or an SVG chart, in the
 * page's language, with a note linking the dataset page where the downloads are. Without
 * {@code chart} only the table is shown; with it, both (unless {@code show} says otherwise).
 * Every problem is an error at the macro's line and column.
 */
@Name("indicator")
final class IndicatorBlockMacro extends BlockMacroProcessor {

    private static final List<String> ATTRIBUTES = List.of("rows", "chart", "show", "title", "column");

    private final Supplier<ConversionContext> context;

    /** The messages come with each conversion: the macro may serve several builds (the preview). */
    IndicatorBlockMacro(Supplier<ConversionContext> context) {
        this.context = context;
    }

    @Override
    public Object process(StructuralNode parent, String target, Map<String, Object> attributes) {
        ConversionContext conversion = context.get();
        Messages messages = conversion.messages();
        int fromLine = parent.getSourceLocation() == null ? conversion.request().bodyLine()
                : parent.getSourceLocation().getLineNumber();
        SourcePosition at = conversion.findBlockMacro("indicator::" + target + "[", fromLine);
        Optional<String> problem = problem(conversion, target, attributes);
        if (problem.isPresent()) {
            conversion.diagnostics().error("adoc.indicator", at, problem.get());
            return createBlock(parent, "paragraph", "indicator::" + target);
        }
        Dataset dataset = conversion.datasets().get(target).orElseThrow();
        Language language = conversion.request().language();
        List<DatasetRow> rows = selectedRows(dataset, attributes);
        String chartName = text(attributes, "chart");
        String show = text(attributes, "show");
        if (show == null) {
            show = chartName == null ? "table" : "both";
        }
        String title = text(attributes, "title");
        String caption = title == null ? dataset.title().get(language) : title;
        int before = conversion.shown(dataset.id());
        int key = dataset.keyColumn();
        if (key >= 0) {
            conversion.quoted(dataset.id(), rows.stream().map(row -> row.cells().get(key)).toList(), parent);
        }
        String id = "indicator-" + dataset.id() + (before == 0 ? "" : "-" + (before + 1));
        LinkResolver link = LinkResolver.relativeFrom(conversion.request().pageUrl(), language);
        CellText cells = new CellText(messages, conversion.datasets().formatter());

        StringBuilder html = new StringBuilder("<div class=\"indicator\" id=\"").append(id).append("\">\n");
        if (!show.equals("table")) {
            DataChartBuilder.Result chart = new DataChartBuilder(messages, cells).chart(dataset, rows, language,
                    ChartKind.ofName(chartName == null ? "bar" : chartName).orElseThrow(), caption, id + "-chart",
                    text(attributes, "column"));
            if (chart.spec() == null) {
                conversion.diagnostics().error("adoc.indicator", at, chart.problem());
                return createBlock(parent, "paragraph", "indicator::" + target);
            }
            html.append(new SvgChartWriter(value -> cells.tick(value, language)).write(chart.spec())).append('\n');
        }
        if (!show.equals("chart")) {
            // In a scrolling wrapper, as on the dataset page: a wide table scrolls on a phone.
            html.append("<div class=\"table-scroll\">")
                    .append(new DataTableWriter(messages, cells).table(dataset, rows, language, caption, link::root, false))
                    .append("</div>\n");
        }
        String page = link.root(PublishedLayout.datasetPagePath(dataset.id(), language));
        // The message places the link ("Data: {0}"); it is escaped first, then the link put in.
        String pageLink = "<a href=\"" + HtmlText.escape(page) + "\">" + HtmlText.escape(dataset.title().get(language)) + "</a>";
        html.append("<p class=\"source-note\">")
                .append(HtmlText.escape(messages.get(language, "indicator.source", "\u0000")).replace("\u0000", pageLink))
                .append("</p>\n</div>");
        return createBlock(parent, "pass", html.toString());
    }

    private static Optional<String> problem(ConversionContext conversion, String target, Map<String, Object> attributes) {
        Optional<Dataset> found = conversion.datasets().get(target);
        if (found.isEmpty()) {
            return Optional.of("unknown dataset '" + target + "'; datasets are: "
                    + String.join(", ", conversion.datasets().all().stream().map(Dataset::id).toList()));
        }
        for (String name : attributes.keySet()) {
            if (!ATTRIBUTES.contains(name) && !name.matches("[0-9]+")) {
                return Optional.of("unknown attribute '" + name + "'; use " + String.join(", ", ATTRIBUTES));
            }
        }
        String chart = text(attributes, "chart");
        if (chart != null && ChartKind.ofName(chart).isEmpty()) {
            return Optional.of("chart=" + chart + " is not a chart kind; use chart=bar or chart=line");
        }
        String show = text(attributes, "show");
        if (show != null && !List.of("table", "chart", "both").contains(show)) {
            return Optional.of("show=" + show + " is not understood; use show=table, show=chart or show=both");
        }
        Dataset dataset = found.get();
        List<String> keys = keys(attributes);
        if (!keys.isEmpty() && dataset.keyColumn() < 0) {
            return Optional.of("dataset '" + target + "' has no key column to select rows by; add \"primaryKey\" to its schema");
        }
        List<String> unknown = keys.stream().filter(key -> dataset.rowByKey(key).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            List<String> all = dataset.rows().stream().map(row -> row.cells().get(dataset.keyColumn())).toList();
            return Optional.of("dataset '" + target + "' has no row " + unknown + "; rows are: " + String.join(", ", all));
        }
        return Optional.empty();
    }

    private static List<DatasetRow> selectedRows(Dataset dataset, Map<String, Object> attributes) {
        List<String> keys = keys(attributes);
        if (keys.isEmpty()) {
            return dataset.rows();
        }
        List<DatasetRow> rows = new ArrayList<>();
        keys.forEach(key -> rows.add(dataset.rowByKey(key).orElseThrow()));
        return rows;
    }

    private static List<String> keys(Map<String, Object> attributes) {
        String rows = text(attributes, "rows");
        if (rows == null || rows.isBlank()) {
            return List.of();
        }
        return List.of(rows.strip().split("\\s*[,，]\\s*"));
    }

    private static String text(Map<String, Object> attributes, String name) {
        Object value = attributes.get(name);
        return value == null ? null : String.valueOf(value).strip();
    }
}
