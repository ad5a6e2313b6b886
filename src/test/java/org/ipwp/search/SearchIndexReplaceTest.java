package org.ipwp.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Replacing one page of an index (what the preview does after an edit) gives exactly the files of
 * an index built from scratch over the new pages, and reports exactly the files that differ.
 */
class SearchIndexReplaceTest {

    private static final Map<SearchPage.Kind, String> LABELS = Map.of(SearchPage.Kind.CHAPTER, "章节",
            SearchPage.Kind.LETTER, "答复函", SearchPage.Kind.PAGE, "页面");

    /** A chapter page in the shape the templates render: sections with h2 ids inside {@code .body}. */
    private static SearchPage chapter(int n, String extra) {
        StringBuilder html = new StringBuilder("<main><h1>t</h1><div class=\"body\"><div class=\"paragraph\"><p>导言"
                + n + " preface running runner</p></div>");
        for (int s = 1; s <= 3; s++) {
            html.append("<div class=\"sect1\"><h2 id=\"s").append(s).append("\">第").append(s).append("节 Section ")
                    .append(s).append("</h2><div class=\"sectionbody\"><p>知识产权质押融资第").append(n * 10 + s)
                    .append("项 pledges financing word").append(Integer.toString(n * 7919 + s, 36));
            if (s == 2) {
                html.append(' ').append(extra);
            }
            html.append("</p></div></div>");
        }
        html.append("</div></main>");
        return new SearchPage(SearchPage.Kind.CHAPTER, "../whitepaper/c" + n + "/", "章节" + n + " Chapter " + n,
                html.toString(), List.of(), List.of());
    }

    private static SearchPage letter(String paragraphText) {
        return new SearchPage(SearchPage.Kind.LETTER, "../letters/2020/x/", "答复函",
                "<main><h1>t</h1><div class=\"body\"><p id=\"p1\">" + paragraphText + "</p><p id=\"p2\">谨此答复</p></div></main>",
                List.of("渝市监函〔2020〕155号", "0584"), List.of("渝市监函〔2020〕155号", "0584"));
    }

    private static List<SearchPage> site(int chapters, int edited, String extra) {
        List<SearchPage> pages = new ArrayList<>();
        for (int n = 0; n < chapters; n++) {
            pages.add(chapter(n, n == edited ? extra : ""));
        }
        pages.add(letter("产权保护 protection"));
        return pages;
    }

    private static void assertSameFiles(SortedMap<String, byte[]> expected, SortedMap<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));
    }

    /** Applies {@code changes} to a copy of {@code files}, as the preview applies them to the served folder. */
    private static SortedMap<String, byte[]> applied(SortedMap<String, byte[]> files, SearchIndex.Changes changes) {
        SortedMap<String, byte[]> result = new TreeMap<>(files);
        result.putAll(changes.written());
        changes.deleted().forEach(result::remove);
        return result;
    }

    @Test
    void replacingAPageEqualsIndexingTheNewPagesAndReportsOnlyChangedFiles() {
        SearchIndex index = SearchIndex.of(site(70, -1, ""), LABELS);
        SortedMap<String, byte[]> before = index.files();
        int shards = index.shardCount();
        assertTrue(shards > 1, "several shards, so that untouched ones exist");

        // New Han terms, new English words (one sharing a stem with existing words), a dropped word.
        String extra = "新增词语测试 runs pledged unprecedented";
        Optional<SearchIndex.Changes> changes = index.replace(chapter(17, extra));
        assertTrue(changes.isPresent());
        assertEquals(shards, index.shardCount(), "this test is about an edit within the same shards");
        SortedMap<String, byte[]> expected = SearchIndex.of(site(70, 17, extra), LABELS).files();
        assertSameFiles(expected, index.files());
        assertSameFiles(expected, applied(before, changes.get()));
        for (String name : changes.get().written().keySet()) {
            assertFalse(java.util.Arrays.equals(before.get(name), expected.get(name)), name + " reported but unchanged");
        }
        assertTrue(changes.get().written().size() < before.size() / 2, "only some files: " + changes.get().written().keySet());

        // And back: the words added above disappear from the index again.
        SearchIndex.Changes back = index.replace(chapter(17, "")).orElseThrow();
        assertSameFiles(before, index.files());
        assertSameFiles(before, applied(expected, back));
    }

    @Test
    void aLetterParagraphEditUpdatesItsChunkAndTerms() {
        List<SearchPage> pages = new ArrayList<>(site(5, -1, ""));
        SearchIndex index = SearchIndex.of(pages, LABELS);
        SortedMap<String, byte[]> before = index.files();
        SearchIndex.Changes changes = index.replace(letter("产权保护 protection 商标注册")).orElseThrow();
        pages.set(pages.size() - 1, letter("产权保护 protection 商标注册"));
        assertSameFiles(SearchIndex.of(pages, LABELS).files(), applied(before, changes));
        assertTrue(changes.written().keySet().stream().anyMatch(n -> n.startsWith("d-")), changes.written().keySet().toString());
    }

    @Test
    void anEditThatChangesTheShardCountRewritesEveryShardAndDeletesTheSurplus() {
        SearchIndex index = SearchIndex.of(site(3, -1, ""), LABELS);
        SortedMap<String, byte[]> small = index.files();
        int shards = index.shardCount();
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            many.append(" w").append(Integer.toString(i * 104729, 36));
        }
        SearchIndex.Changes grown = index.replace(chapter(2, many.toString())).orElseThrow();
        assertNotEquals(shards, index.shardCount());
        assertSameFiles(SearchIndex.of(site(3, 2, many.toString()), LABELS).files(), applied(small, grown));

        assertTrue(grown.written().containsKey("manifest.json"));
        assertFalse(grown.written().containsKey("d-0.json"), "chunks of other pages are untouched");

        SearchIndex.Changes shrunk = index.replace(chapter(2, "")).orElseThrow();
        assertFalse(shrunk.deleted().isEmpty());
        assertSameFiles(small, applied(applied(small, grown), shrunk));
    }

    @Test
    void aPageThatSplitsDifferentlyIsRefusedAndLeavesTheIndexAlone() {
        SearchIndex index = SearchIndex.of(site(3, -1, ""), LABELS);
        SortedMap<String, byte[]> before = index.files();
        SearchPage oneSectionMore = new SearchPage(SearchPage.Kind.CHAPTER, "../whitepaper/c1/", "章节1",
                chapter(1, "").html().replace("</div></main>", "<div class=\"sect1\"><h2 id=\"s9\">新节</h2></div></div></main>"),
                List.of(), List.of());
        assertTrue(index.replace(oneSectionMore).isEmpty());
        assertTrue(index.replace(chapter(99, "")).isEmpty(), "a page that is not in the index");
        assertSameFiles(before, index.files());
    }

    @Test
    void anIndexWrittenAndReadBackTakesReplacementsAsTheOriginalDoes() throws java.io.IOException {
        SearchIndex original = SearchIndex.of(site(40, -1, ""), LABELS);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
            original.writeTo(out);
        }
        SearchIndex read = SearchIndex.readFrom(new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())),
                LABELS).orElseThrow();
        assertSameFiles(original.files(), read.files());

        String extra = " 专利质押融资 pledge financing financed";
        SearchIndex.Changes expected = original.replace(chapter(9, extra)).orElseThrow();
        SearchIndex.Changes actual = read.replace(chapter(9, extra)).orElseThrow();
        assertEquals(expected.written().keySet(), actual.written().keySet());
        assertEquals(expected.deleted(), actual.deleted());
        assertSameFiles(SearchIndex.of(site(40, 9, extra), LABELS).files(), read.files());

        assertTrue(SearchIndex.readFrom(new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())),
                Map.of(SearchPage.Kind.CHAPTER, "chapter")).isEmpty(), "an index written with other labels is not used");
    }
}
