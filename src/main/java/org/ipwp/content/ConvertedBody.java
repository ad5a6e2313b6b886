package org.ipwp.content;

import java.util.List;

/**
 * The HTML of a page body and the sections and anchors it defines.
 *
 * @param html     the body HTML produced by Asciidoctor (the only unescaped output of templates)
 * @param sections the section headings in document order
 * @param anchors  every id the body defines, in document order
 * @param quotes   the dataset rows the body quotes (figures, and rows of tables and charts), in order
 */
public record ConvertedBody(String html, List<Section> sections, List<String> anchors,
                            List<Quotation> quotes) {

    public ConvertedBody {
        sections = List.copyOf(sections);
        anchors = List.copyOf(anchors);
        quotes = List.copyOf(quotes);
    }
}
