package org.ipwp.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.asciidoctor.ast.ContentNode;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.InlineMacroProcessor;
import org.asciidoctor.extension.Name;
import org.ipwp.data.DatasetCatalog;
import org.ipwp.data.QuantityFormatter;
import org.ipwp.dataview.DataTableWriter;
import org.ipwp.dataview.HtmlText;
import org.ipwp.i18n.Language;
import org.ipwp.links.LinkResolver;
import org.ipwp.opendata.PublishedLayout;
import org.ipwp.diag.SourcePosition;

/**
 * {@code figure:<dataset>[<row>, field=<name>, link]}: places one value of a dataset in a
 * sentence, formatted in the page's language (zh 43870件, en 43,870), as
 * {@code <data value="43870">} so machines read the raw value. {@code field} picks a number field
 * other than {@code value}; {@code link} links the figure to its row on the dataset page. An
 * unknown dataset, row or field is an error at the macro's line and column.
 */
@Name("figure")
final class FigureInlineMacro extends InlineMacroProcessor {

    private final Supplier<ConversionContext> context;

    FigureInlineMacro(Supplier<ConversionContext> context) {
        this.context = context;
    }

    @Override
    public Object process(ContentNode parent, String target, Map<String, Object> attributes) {
        ConversionContext conversion = context.get();
        // Asciidoctor parses the bracket: "1" is the row, a later positional "link" the link flag,
        // "field" a named attribute.
        String row = String.valueOf(attributes.getOrDefault("1", "")).strip();
        String field = attributes.containsKey("field") ? String.valueOf(attributes.get("field")).strip() : null;
        boolean link = false;
        String problem = null;
        for (Map.Entry<String, Object> attribute : new java.util.TreeMap<>(attributes).entrySet()) {
            String name = attribute.getKey();
            String value = String.valueOf(attribute.getValue()).strip();
            if (name.equals("1") || name.equals("field")) {
                continue;
            }
            if (name.matches("[0-9]+") && value.equals("link")) {
                link = true;
            } else if (problem == null) {
                problem = "'" + (name.matches("[0-9]+") ? value : name + "=" + value) + "' is not understood; write figure:"
                        + target + "[<row>, field=<name>, link]";
            }
        }
        String text = row;
        Language language = conversion.request().language();
        DatasetCatalog.Lookup lookup = problem == null ? conversion.datasets().figure(target, row, field, language) : null;
        if (lookup == null || lookup.figure() == null) {
            int blockLine = parent instanceof StructuralNode block && block.getSourceLocation() != null
                    ? block.getSourceLocation().getLineNumber() : conversion.request().bodyLine();
            SourcePosition at = conversion.find("figure:" + target + "[", blockLine);
            conversion.diagnostics().error("adoc.figure-unknown", at, lookup == null ? problem : lookup.problem());
            return createPhraseNode(parent, "quoted", "figure:" + target + "[" + text + "]");
        }
        conversion.quoted(target, List.of(row), parent);
        String html = "<data class=\"figure\" value=\"" + QuantityFormatter.machine(lookup.figure().value()) + "\">"
                + HtmlText.escape(lookup.figure().text()) + "</data>";
        if (link) {
            String href = LinkResolver.relativeFrom(conversion.request().pageUrl(), language)
                    .root(PublishedLayout.datasetPagePath(target, language)) + "#" + DataTableWriter.rowId(row);
            html = "<a class=\"figure-link\" href=\"" + HtmlText.escape(href) + "\">" + html + "</a>";
        }
        return createPhraseNode(parent, "quoted", html, new HashMap<>());
    }
}
