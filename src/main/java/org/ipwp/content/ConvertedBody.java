package org.ipwp.content;

import java.util.List;

/**
 * The HTML of a page body and the sections and anchors it defines.
 *
 * @param html     the body HTML produced by Asciidoctor (the only unescaped output of templates)
 * @param sections the section headings in document order
 * @param anchors  every id the body defines, in document order
 * @param figures  the dataset figures the body quotes
 * @param shown    the datasets the body shows as tables or charts ({@code indicator::}), in order
 */
public record ConvertedBody(String html, List<Section> sections, List<String> anchors,
                            List<org.ipwp.data.Figure> figures, List<String> shown) {

    public ConvertedBody {
        sections = List.copyOf(sections);
        anchors = List.copyOf(anchors);
        figures = List.copyOf(figures);
        shown = List.copyOf(shown);
    }
}
