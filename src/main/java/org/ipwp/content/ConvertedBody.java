package org.ipwp.content;

import java.util.List;
import org.ipwp.store.TreeDigest;

/**
 * The HTML of a page body and the sections and anchors it defines.
 *
 * @param html     the body HTML produced by Asciidoctor (the only unescaped output of templates)
 * @param sections the section headings in document order
 * @param anchors  every id the body defines, in document order
 * @param quotes   the dataset rows the body quotes (figures, and rows of tables and charts), in order
 * @param htmlDigest  {@link TreeDigest#ofText} of {@code html}
 * @param factsDigest {@link TreeDigest#ofText} of the sections, anchors and quotes: a cached
 *                    rebuild compares bodies and what other pages read of them by these digests,
 *                    and a body read from the conversion cache brings them along instead of
 *                    printing and hashing every body of the site again
 */
public record ConvertedBody(String html, List<Section> sections, List<String> anchors,
                            List<Quotation> quotes, String htmlDigest, String factsDigest) {

    public ConvertedBody {
        sections = List.copyOf(sections);
        anchors = List.copyOf(anchors);
        quotes = List.copyOf(quotes);
    }

    /** A body just converted: its digests are computed. */
    public ConvertedBody(String html, List<Section> sections, List<String> anchors, List<Quotation> quotes) {
        this(html, sections, anchors, quotes, TreeDigest.ofText(html),
                TreeDigest.ofText(sections + "\n" + anchors + "\n" + quotes));
    }
}
