package org.ipwp.content;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.asciidoctor.ast.ContentNode;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.InlineMacroProcessor;
import org.asciidoctor.extension.Name;
import org.ipwp.data.DatasetCatalog;
import org.ipwp.data.QuantityFormatter;
import org.ipwp.dataview.HtmlText;
import org.ipwp.diag.SourcePosition;

/**
 * {@code figure:<dataset>[<row>]}: places one value of a dataset in a sentence, formatted in the
 * page's language (zh 43870件, en 43,870), as {@code <data value="43870">} so machines read the
 * raw value. An unknown dataset or row is an error at the macro's line and column.
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
        Object positional = attributes.getOrDefault("1", attributes.getOrDefault("text", ""));
        String row = String.valueOf(positional).strip();
        DatasetCatalog.Lookup lookup = conversion.datasets().figure(target, row, conversion.request().language());
        if (lookup.figure() == null) {
            int blockLine = parent instanceof StructuralNode block && block.getSourceLocation() != null
                    ? block.getSourceLocation().getLineNumber() : conversion.request().bodyLine();
            SourcePosition at = conversion.find("figure:" + target + "[", blockLine);
            conversion.diagnostics().error("adoc.figure-unknown", at, lookup.problem());
            return createPhraseNode(parent, "quoted", "figure:" + target + "[" + row + "]");
        }
        conversion.quoted(lookup.figure());
        Map<String, Object> phrase = new HashMap<>();
        String html = "<data class=\"figure\" value=\"" + QuantityFormatter.machine(lookup.figure().value()) + "\">"
                + HtmlText.escape(lookup.figure().text()) + "</data>";
        return createPhraseNode(parent, "quoted", html, phrase);
    }
}
