package org.ipwp.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipwp.i18n.Language;
import org.ipwp.i18n.LocalizedDates;
import org.ipwp.links.LinkResolver;
import org.ipwp.opendata.PublishedLayout;

/**
 * Computes the {@link PageView} of each page from the {@link SiteModel}: links, alternates,
 * navigation and lists, so that templates only print.
 */
final class PageViews {

    private final SiteModel model;
    private final LocalizedDates dates = new LocalizedDates();
    private final DatasetViews datasetViews;
    private final PrefixedChapterBodies prefixedBodies;

    PageViews(SiteModel model) {
        this(model, new PrefixedChapterBodies());
    }

    /** @param prefixedBodies the single-page view's chapter bodies, kept by the preview across rebuilds */
    PageViews(SiteModel model, PrefixedChapterBodies prefixedBodies) {
        this.model = model;
        this.datasetViews = new DatasetViews(model);
        this.prefixedBodies = prefixedBodies;
    }

    /** The template variables of a page. */
    Map<String, Object> variables(PageView view, LinkResolver link) {
        Map<String, Object> variables = siteVariables(view.language(), link);
        variables.put("page", view);
        return variables;
    }

    /** The variables every template has: site, language, links, both languages for bilingual pages. */
    Map<String, Object> siteVariables(Language language, LinkResolver link) {
        return siteVariables(model.config(), model.messages(), language, link);
    }

    /** {@link #siteVariables(Language, LinkResolver)} before there is a model. */
    static Map<String, Object> siteVariables(org.ipwp.config.SiteConfig config, org.ipwp.i18n.Messages messages,
                                             Language language, LinkResolver link) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("site", config);
        variables.put("lang", language);
        variables.put("other", language.other());
        variables.put("zh", Language.ZH);
        variables.put("en", Language.EN);
        variables.put("link", link);
        variables.put("messages", messages);
        return variables;
    }

    PageView of(Page page) {
        return view(page, (index, chapter) -> prefixedBodies.of(chapter));
    }

    /**
     * The view of the single-page white paper with {@link SinglePagePaper#placeholder}s instead
     * of the chapters' bodies (what {@link PageRenderer} renders and splices the bodies into).
     */
    PageView skeletonOf(Page page) {
        return view(page, (index, chapter) -> SinglePagePaper.placeholder(index));
    }

    /** What the single-page white paper prints as the body of the chapter at {@code index}. */
    @FunctionalInterface
    private interface ChapterBody {
        String of(int index, Page chapter);
    }

    private PageView view(Page page, ChapterBody chapterBody) {
        Language language = page.language();
        LinkResolver link = LinkResolver.relativeFrom(page.url(), language);
        String base = model.config().baseUrl().toString();
        List<PageView.Alternate> alternates = List.of(
                new PageView.Alternate(Language.ZH.htmlLang(), base + Page.urlOf(Language.ZH, page.key())),
                new PageView.Alternate(Language.EN.htmlLang(), base + Page.urlOf(Language.EN, page.key())),
                new PageView.Alternate("x-default", base + Page.urlOf(Language.ZH, page.key())));
        boolean counterpartMissing = model.page(language.other(), page.key())
                .map(p -> p.kind() == PageKind.OTHER_LANGUAGE_ONLY).orElse(true);
        PageView.NavLink previous = null;
        PageView.NavLink next = null;
        if (page.kind() == PageKind.CHAPTER) {
            List<Page> chapters = model.chapters(language);
            int at = model.position(page);
            previous = at > 0 ? nav(chapters.get(at - 1), link) : null;
            next = at + 1 < chapters.size() ? nav(chapters.get(at + 1), link) : null;
        } else if (page.kind() == PageKind.LETTER) {
            List<Page> letters = model.letters(language);
            int at = model.position(page);
            // Newest first: "previous" is the older letter, "next" the newer one.
            next = at > 0 ? nav(letters.get(at - 1), link) : null;
            previous = at + 1 < letters.size() ? nav(letters.get(at + 1), link) : null;
        }
        List<PageView.ChapterEntry> chapters = List.of();
        if (page.kind() == PageKind.CONTENTS || page.kind() == PageKind.WHITEPAPER_ALL || page.kind() == PageKind.HOME) {
            chapters = chapterEntries(language, link, page.kind() == PageKind.WHITEPAPER_ALL ? chapterBody : (index, chapter) -> "");
        }
        List<PageView.LetterEntry> letters = List.of();
        List<PageView.YearEntry> years = List.of();
        if (page.kind() == PageKind.LETTER_ARCHIVE || page.kind() == PageKind.LETTER_YEAR) {
            Integer year = page.kind() == PageKind.LETTER_YEAR ? page.order() : null;
            letters = model.letters(language).stream().filter(p -> year == null || p.date().getYear() == year)
                    .map(p -> letterEntry(p, link)).toList();
            years = years(language, link, year);
        }
        String kindLabel = page.letter() == null ? null
                : model.messages().get(language, "letter.kind." + page.letter().kind().code());
        return new PageView(page, base + page.url(), alternates, link.root(Page.urlOf(language.other(), page.key())),
                counterpartMissing, dates.format(page.date(), language), dates.iso(page.date()),
                page.body() == null ? List.of() : page.body().sections(), previous, next, chapters, letters, years,
                model.messages().get(language, "column." + page.kind().template()),
                page.body() == null ? "" : page.body().html(), kindLabel,
                page.kind() == PageKind.DATASET ? datasetViews.of(model.datasets().get(page.key().substring("data/".length()))
                        .orElseThrow(), language, link) : null,
                page.kind() == PageKind.DATA_CATALOG ? datasetViews.catalogue(language, link) : List.of(),
                link.root(PublishedLayout.CATALOG_PATH),
                page.kind() == PageKind.LETTER ? letterDatasets(page, link) : List.of(),
                page.kind() == PageKind.LETTER ? letterChapters(page, link) : List.of(),
                page.kind() == PageKind.LETTER ? attachments(page, link) : List.of());
    }

    /**
     * The pages whose view prints {@code page}'s body HTML, as opposed to only its title, sections
     * or quotations: the page itself and, for a chapter, the single-page white paper of its
     * language. After an edit that changed a body and nothing else, the preview renders exactly
     * these again, so this must follow {@link #of}: {@code PageViewsTest} renders every page of the
     * sample site with one body changed to check it.
     */
    List<Page> pagesPrintingBodyOf(Page page) {
        List<Page> pages = new ArrayList<>(List.of(page));
        if (page.kind() == PageKind.CHAPTER) {
            model.page(page.language(), "whitepaper/all").ifPresent(pages::add);
        }
        return pages;
    }

    /** The letter's own attachments, then (on an English page) those of the Chinese original. */
    private List<PageView.AttachmentEntry> attachments(Page letter, LinkResolver link) {
        FileSizeText sizes = new FileSizeText(model.messages());
        List<PageView.AttachmentEntry> entries = new ArrayList<>();
        List<Language> languages = letter.language() == Language.ZH ? List.of(Language.ZH) : List.of(letter.language(), Language.ZH);
        for (Language language : languages) {
            model.attachments().stream()
                    .filter(a -> a.language() == language && a.letterKey().equals(letter.key()))
                    .forEach(a -> entries.add(new PageView.AttachmentEntry(a.fileName(),
                            link.root(Page.urlOf(language, a.letterKey()) + a.fileName()),
                            sizes.of(a.size(), letter.language()), language == letter.language() ? null : language.htmlLang())));
        }
        return entries;
    }

    /** The datasets whose sources name this letter. */
    private List<PageView.NavLink> letterDatasets(Page letter, LinkResolver link) {
        String reference = letter.key().substring("letters/".length());
        return model.datasets().all().stream()
                .filter(d -> d.sources().stream().anyMatch(s -> reference.equals(s.letter())))
                .map(d -> new PageView.NavLink(d.title().get(letter.language()),
                        link.root(PublishedLayout.datasetPagePath(d.id(), letter.language()))))
                .toList();
    }

    /** The pages of the letter's language that quote a dataset taken from the letter. */
    private List<PageView.NavLink> letterChapters(Page letter, LinkResolver link) {
        String reference = letter.key().substring("letters/".length());
        java.util.Set<String> datasets = new java.util.HashSet<>();
        model.datasets().all().stream().filter(d -> d.sources().stream().anyMatch(s -> reference.equals(s.letter())))
                .forEach(d -> datasets.add(d.id()));
        if (datasets.isEmpty()) {
            return List.of();
        }
        return model.pages().stream()
                .filter(p -> p.language() == letter.language() && p.body() != null && p.kind() != PageKind.LETTER)
                .filter(p -> p.body().quotes().stream().anyMatch(q -> datasets.contains(q.datasetId())))
                .map(p -> nav(p, link))
                .toList();
    }

    private List<PageView.ChapterEntry> chapterEntries(Language language, LinkResolver link, ChapterBody chapterBody) {
        List<PageView.ChapterEntry> entries = new ArrayList<>();
        for (Page chapter : model.chapters(language)) {
            String anchor = "chapter-" + chapter.order();
            String body = chapterBody.of(entries.size(), chapter);
            entries.add(new PageView.ChapterEntry(chapter.order(), chapter.title(), link.root(chapter.url()), anchor, body,
                    chapter.body().sections()));
        }
        return entries;
    }

    private PageView.NavLink nav(Page page, LinkResolver link) {
        return new PageView.NavLink(page.title(), link.root(page.url()));
    }

    private PageView.LetterEntry letterEntry(Page page, LinkResolver link) {
        Language language = page.language();
        return new PageView.LetterEntry(dates.format(page.date(), language), dates.iso(page.date()),
                page.letter().documentNumber().toString(), page.title(), page.letter().deputy(),
                model.messages().get(language, "letter.kind." + page.letter().kind().code()), link.root(page.url()));
    }

    private List<PageView.YearEntry> years(Language language, LinkResolver link, Integer current) {
        Map<Integer, Integer> counts = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        model.letters(language).forEach(p -> counts.merge(p.date().getYear(), 1, Integer::sum));
        List<PageView.YearEntry> years = new ArrayList<>();
        counts.forEach((year, count) -> years.add(new PageView.YearEntry(year, count,
                link.root(Page.urlOf(language, "letters/" + year)), current != null && current.equals(year))));
        return years;
    }
}
