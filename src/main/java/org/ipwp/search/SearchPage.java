package org.ipwp.search;

import java.util.List;

/**
 * A page to index, as the site builder hands it over.
 *
 * @param kind     what the page is; decides how it is split into documents
 * @param url      the page's link relative to the search page ({@code ../whitepaper/01-overview/})
 * @param title    the page title
 * @param html     the rendered page, or {@code null} when the builder hands over its parse ({@link SearchIndex#prepare})
 * @param metadata extra text to index with the page (a letter's document number, deputy …)
 * @param keywords values indexed as exact keyword terms too (document and proposal numbers)
 */
public record SearchPage(Kind kind, String url, String title, String html, List<String> metadata, List<String> keywords) {

    /** How a page is split. */
    public enum Kind {
        /** One document per {@code ==} section, plus the text before the first one. */
        CHAPTER,
        /** One document for the letter's header, one per numbered paragraph ({@code #pN}). */
        LETTER,
        /** The whole page. */
        DATASET,
        /** The whole page. */
        PAGE
    }

    public SearchPage {
        metadata = List.copyOf(metadata);
        keywords = List.copyOf(keywords);
    }
}
