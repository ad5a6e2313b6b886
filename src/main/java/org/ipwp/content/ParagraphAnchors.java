package org.ipwp.content;

import java.util.Map;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;

/**
 * Gives every paragraph of a reply letter an anchor ({@code p1}, {@code p2}, … in document order)
 * so that a citation can point at a paragraph; the zh and en pages of a letter have the same
 * paragraphs, so the same anchor names the same paragraph in both languages.
 */
final class ParagraphAnchors extends Treeprocessor {

    @Override
    public Document process(Document document) {
        if (!PageType.LETTER.headerName().equals(document.getAttribute("ipwp-type"))) {
            return document;
        }
        int number = 0;
        for (StructuralNode paragraph : document.findBy(Map.of("context", ":paragraph"))) {
            number++;
            if (paragraph.getId() == null) {
                paragraph.setId("p" + number);
            }
        }
        return document;
    }
}
