package org.ipwp.site;

import java.util.List;
import org.ipwp.diag.Diagnostics;
import org.ipwp.links.LinkResolver;

/**
 * Renders a page with its template and view: the one way every build, cached rebuild and preview
 * renders. The single-page white paper is rendered as its skeleton with the chapter bodies
 * spliced in ({@link SinglePagePaper}).
 */
final class PageRenderer {

    /**
     * A rendered page.
     *
     * @param chapterSpans where each chapter's body is in the single-page white paper; empty for
     *                     other pages (and for a single-page white paper whose template prints
     *                     the bodies otherwise than once each, which is then rendered in full)
     */
    record Rendered(String html, List<SinglePagePaper.Span> chapterSpans) {

        Rendered {
            chapterSpans = List.copyOf(chapterSpans);
        }
    }

    private final SiteModel model;
    private final PageViews views;
    private final TemplateRenderer templates;
    private final PrefixedChapterBodies prefixedBodies;

    /** @param prefixedBodies the single-page white paper's chapter bodies, kept by the preview across rebuilds */
    PageRenderer(SiteModel model, PrefixedChapterBodies prefixedBodies, TemplateRenderer templates) {
        this.model = model;
        this.views = new PageViews(model, prefixedBodies);
        this.templates = templates;
        this.prefixedBodies = prefixedBodies;
    }

    /** The page, or {@code null} after a template error (reported to {@code diagnostics}). */
    Rendered render(Page page, Diagnostics diagnostics) {
        LinkResolver link = LinkResolver.relativeFrom(page.url(), page.language());
        if (page.kind() == PageKind.WHITEPAPER_ALL) {
            String skeleton = templates.render(page.kind().template(), page.language(),
                    views.variables(views.skeletonOf(page), link), diagnostics);
            if (skeleton == null) {
                return null;
            }
            List<Page> chapters = model.chapters(page.language());
            SinglePagePaper.Assembled assembled = SinglePagePaper.assemble(skeleton, chapters,
                    chapters.stream().map(prefixedBodies::of).toList());
            if (assembled != null) {
                return new Rendered(assembled.html(), assembled.spans());
            }
        }
        String html = templates.render(page.kind().template(), page.language(), views.variables(views.of(page), link), diagnostics);
        return html == null ? null : new Rendered(html, List.of());
    }
}
