package org.ipwp.site;

import java.util.List;
import org.ipwp.content.Section;
import org.ipwp.i18n.Language;

/**
 * Everything a template shows for one page, computed once by the builder (templates only
 * print; they hold no logic beyond conditionals and loops).
 *
 * @param page               the page
 * @param canonicalUrl       absolute URL of this page
 * @param alternates         hreflang alternates (both languages and x-default)
 * @param counterpartHref    relative link to the same page in the other language
 * @param counterpartMissing the other language has no real page here (a notice links the one that exists)
 * @param dateText           date in the page's language
 * @param dateIso            ISO date for {@code <time datetime>}
 * @param toc                the body's sections, for the table of contents
 * @param previous           previous chapter or letter, or {@code null}
 * @param next               next chapter or letter, or {@code null}
 * @param chapters           the white paper's chapters in order (contents, print view)
 * @param letters            letters listed by this page, newest first
 * @param years              years of the archive with counts
 * @param columnName         the {@code ColumnName} meta value (the site section)
 * @param bodyHtml           the converted body; the one unescaped value in templates
 * @param kindLabel          label of the letter kind, for letter pages
 * @param dataset            the dataset of a dataset page, else {@code null}
 * @param datasets           the catalogue, on the catalogue page
 * @param catalogHref        link to the DCAT catalogue file
 * @param letterDatasets     on a letter page, the datasets taken from the letter
 * @param letterChapters     on a letter page, the pages quoting figures of those datasets
 * @param attachments        on a letter page, its attachments (and, in English, the original's)
 */
public record PageView(Page page, String canonicalUrl, List<Alternate> alternates, String counterpartHref,
                       boolean counterpartMissing, String dateText, String dateIso, List<Section> toc,
                       NavLink previous, NavLink next, List<ChapterEntry> chapters, List<LetterEntry> letters,
                       List<YearEntry> years, String columnName, String bodyHtml, String kindLabel,
                       DatasetView dataset, List<DatasetEntry> datasets, String catalogHref,
                       List<NavLink> letterDatasets, List<NavLink> letterChapters, List<AttachmentEntry> attachments) {

    /** One {@code <link rel="alternate" hreflang>}. */
    public record Alternate(String hreflang, String href) {
    }

    /** A link with its text. */
    public record NavLink(String title, String href) {
    }

    /** A chapter in the contents or the single-page view. */
    public record ChapterEntry(int order, String title, String href, String anchor, String bodyHtml, List<Section> sections) {
    }

    /** A letter's attachment; {@code lang} is set for the Chinese original's files on an English page. */
    public record AttachmentEntry(String name, String href, String sizeText, String lang) {
    }

    /** A row of the letters archive. */
    public record LetterEntry(String dateText, String dateIso, String documentNumber, String title, String deputy,
                              String kind, String href) {
    }

    /** A year of the archive. */
    public record YearEntry(int year, int count, String href, boolean current) {
    }

    public Language language() {
        return page.language();
    }

    /** The other language. */
    public Language otherLanguage() {
        return page.language().other();
    }
}
