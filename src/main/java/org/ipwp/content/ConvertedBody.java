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
 * @param htmlDigest  {@link TreeDigest#ofText} of {@code html}, or {@code null} until
 *                    {@link #withDigests} computes it
 * @param factsDigest {@link TreeDigest#ofText} of the sections, anchors and quotes, or {@code null}
 *                    likewise. A cached rebuild compares bodies and what other pages read of them
 *                    by these digests; a body read from the conversion cache brings them along
 *                    instead of printing and hashing every body of the site again, and a build
 *                    without a cache never computes them. Derived from the other components, they
 *                    take no part in equality.
 */
public record ConvertedBody(String html, List<Section> sections, List<String> anchors,
                            List<Quotation> quotes, String htmlDigest, String factsDigest) {

    public ConvertedBody {
        sections = List.copyOf(sections);
        anchors = List.copyOf(anchors);
        quotes = List.copyOf(quotes);
    }

    /** A body just converted, its digests not computed yet. */
    public ConvertedBody(String html, List<Section> sections, List<String> anchors, List<Quotation> quotes) {
        this(html, sections, anchors, quotes, null, null);
    }

    /** This body with its digests, computed if it has none. */
    public ConvertedBody withDigests() {
        if (htmlDigest != null && factsDigest != null) {
            return this;
        }
        return new ConvertedBody(html, sections, anchors, quotes, TreeDigest.ofText(html),
                TreeDigest.ofText(sections + "\n" + anchors + "\n" + quotes));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConvertedBody body && html.equals(body.html) && sections.equals(body.sections)
                && anchors.equals(body.anchors) && quotes.equals(body.quotes);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(html, sections, anchors, quotes);
    }
}
