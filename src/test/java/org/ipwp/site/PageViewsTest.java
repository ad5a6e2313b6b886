package org.ipwp.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ipwp.content.ConvertedBody;
import org.ipwp.diag.Diagnostics;
import org.ipwp.links.LinkResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PageViews#pagesPrintingBodyOf} names exactly the pages whose rendering changes when a
 * page's body HTML changes and nothing else does: for one page of each kind in each language,
 * every page of the sample site is rendered with the old and the new body and the differences
 * are compared with the method's answer. The preview's incremental rebuild relies on it.
 */
class PageViewsTest {

    @TempDir
    static Path temp;

    private static BuiltSite site;

    @BeforeAll
    static void build() throws IOException {
        SiteFixture fixture = SiteFixture.copyOfRepositorySite(temp.resolve("src"));
        SiteBuilder builder = new SiteBuilder(new BuildOptions(fixture.root(), temp.resolve("out"), null, false, false));
        builder.build();
        site = builder.built();
    }

    /** Every page's HTML by URL. */
    private static Map<String, String> renderAll(SiteModel model) {
        PageViews views = new PageViews(model, new PrefixedChapterBodies());
        Map<String, String> pages = new TreeMap<>();
        for (Page page : model.pages()) {
            Diagnostics diagnostics = new Diagnostics();
            String html = site.renderer().render(page.kind().template(), page.language(),
                    views.variables(views.of(page), LinkResolver.relativeFrom(page.url(), page.language())), diagnostics);
            assertEquals(List.of(), diagnostics.sorted(), page.url());
            pages.put(page.url(), html);
        }
        return pages;
    }

    @Test
    void thePagesPrintingABodyAreExactlyThoseThatChangeWithIt() {
        SiteModel model = site.model();
        Map<String, String> before = renderAll(model);
        Set<String> tried = new TreeSet<>();
        for (Page page : model.pages()) {
            if (page.body() == null || !tried.add(page.kind() + " " + page.language())) {
                continue;
            }
            ConvertedBody body = page.body();
            Page edited = new Page(page.key(), page.language(), page.kind(), page.sourceName(), page.title(),
                    page.description(), page.date(), page.order(), page.draft(),
                    new ConvertedBody(body.html() + "<p>一处修改 an edit</p>", body.sections(), body.anchors(), body.quotes()),
                    page.letter());
            List<Page> pages = new ArrayList<>(model.pages());
            pages.set(pages.indexOf(page), edited);
            SiteModel editedModel = new SiteModel(model.config(), model.messages(), model.datasets(), pages, model.downloads(),
                    model.attachments());
            Map<String, String> after = renderAll(editedModel);
            Set<String> changed = new TreeSet<>();
            before.forEach((url, html) -> {
                if (!html.equals(after.get(url))) {
                    changed.add(url);
                }
            });
            Set<String> predicted = new TreeSet<>();
            new PageViews(editedModel).pagesPrintingBodyOf(edited).forEach(p -> predicted.add(p.url()));
            assertEquals(changed, predicted, "pages changed by an edit of " + page.sourceName());
        }
        assertTrue(tried.containsAll(List.of("HOME ZH", "PAGE EN", "CONTENTS ZH", "CHAPTER EN", "LETTER ZH", "LETTER EN")), tried.toString());
    }
}
