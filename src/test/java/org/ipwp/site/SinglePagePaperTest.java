package org.ipwp.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ipwp.i18n.Language;
import org.junit.jupiter.api.Test;

/**
 * {@link SinglePagePaper}: bodies are spliced where the template printed their placeholders, each
 * body's place is recorded, and a recorded page gets new bodies at those places; a skeleton or a
 * record that does not fit is refused, so that the page is rendered instead.
 */
class SinglePagePaperTest {

    private static final List<Page> CHAPTERS = List.of(chapter(1), chapter(2), chapter(3));

    private static Page chapter(int order) {
        return new Page("whitepaper/0" + order, Language.ZH, PageKind.CHAPTER, "content/zh/whitepaper/0" + order + ".adoc",
                "Chapter " + order, "", LocalDate.of(2020, 1, 1), order, false, null, null);
    }

    private static String skeleton(String... between) {
        StringBuilder html = new StringBuilder(between[0]);
        for (int i = 1; i < between.length; i++) {
            html.append(SinglePagePaper.placeholder(i - 1)).append(between[i]);
        }
        return html.toString();
    }

    @Test
    void bodiesGoWhereTheirPlaceholdersAreAndTheirPlacesAreRecorded() {
        SinglePagePaper.Assembled page = SinglePagePaper.assemble(skeleton("<main>", "<hr>", "<hr>", "</main>"), CHAPTERS,
                List.of("<p>one</p>", "", "<p>three</p>"));

        assertEquals("<main><p>one</p><hr><hr><p>three</p></main>", page.html());
        assertEquals(List.of(new SinglePagePaper.Span("content/zh/whitepaper/01.adoc", 6, 10),
                new SinglePagePaper.Span("content/zh/whitepaper/02.adoc", 20, 0),
                new SinglePagePaper.Span("content/zh/whitepaper/03.adoc", 24, 12)), page.spans());
    }

    @Test
    void aSkeletonWithoutEachPlaceholderOnceInOrderIsRefused() {
        List<String> bodies = List.of("a", "b", "c");
        String twice = skeleton("<main>", "", "", "") + SinglePagePaper.placeholder(1);
        String swapped = "<main>" + SinglePagePaper.placeholder(1) + SinglePagePaper.placeholder(0) + SinglePagePaper.placeholder(2);
        String missing = "<main>" + SinglePagePaper.placeholder(0) + SinglePagePaper.placeholder(2);
        String escaped = "<main>&lt;!--ipwp-chapter-body-0--&gt;" + SinglePagePaper.placeholder(1) + SinglePagePaper.placeholder(2);

        assertNull(SinglePagePaper.assemble(twice, CHAPTERS, bodies), "a body printed twice");
        assertNull(SinglePagePaper.assemble(swapped, CHAPTERS, bodies), "bodies out of order");
        assertNull(SinglePagePaper.assemble(missing, CHAPTERS, bodies), "a body not printed");
        assertNull(SinglePagePaper.assemble(escaped, CHAPTERS, bodies), "a body printed as text");
    }

    @Test
    void aRecordedPageGetsNewBodiesAtTheirPlacesAndTheLaterPlacesMove() {
        SinglePagePaper.Assembled before = SinglePagePaper.assemble(skeleton("<main>", "<hr>", "<hr>", "</main>"), CHAPTERS,
                List.of("<p>one</p>", "<p>two</p>", "<p>three</p>"));

        SinglePagePaper.Assembled after = SinglePagePaper.replace(before.html(), before.spans(), CHAPTERS,
                Map.of(1, "<p>two, longer</p>"));

        SinglePagePaper.Assembled rendered = SinglePagePaper.assemble(skeleton("<main>", "<hr>", "<hr>", "</main>"), CHAPTERS,
                List.of("<p>one</p>", "<p>two, longer</p>", "<p>three</p>"));
        assertEquals(rendered, after, "the same page and places as assembling it again");
    }

    @Test
    void aRecordThatDoesNotDescribeThePageIsRefused() {
        SinglePagePaper.Assembled page = SinglePagePaper.assemble(skeleton("<main>", "<hr>", "<hr>", "</main>"), CHAPTERS,
                List.of("<p>one</p>", "<p>two</p>", "<p>three</p>"));

        assertNull(SinglePagePaper.replace(page.html(), page.spans(), List.of(chapter(1), chapter(3), chapter(2)), Map.of()),
                "chapters in another order");
        assertNull(SinglePagePaper.replace(page.html(), page.spans().subList(0, 2), CHAPTERS, Map.of()), "a chapter more");
        assertNull(SinglePagePaper.replace(page.html().substring(0, 20), page.spans(), CHAPTERS, Map.of()), "a shorter page");
    }
}
