package org.ipwp.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ipwp.site.SiteFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Golden queries in both languages, run by the browser's query logic (in Java) over the index the build wrote. */
class SearchIndexTest {

    private static final String LETTER = "../letters/2020/yushijianhan-155/";

    @TempDir
    static Path temp;

    private static Path site;

    @BeforeAll
    static void build() throws IOException {
        SiteFixture fixture = SiteFixture.copyOfRepositorySite(temp.resolve("src"));
        site = temp.resolve("out");
        assertEquals(0, fixture.build("--out", site.toString()).exitCode());
    }

    private static List<SearchQuery.Hit> search(String language, String query) throws IOException {
        return new SearchQuery(site.resolve(language).resolve("search")).search(query);
    }

    private static List<String> urls(String language, String query) throws IOException {
        return search(language, query).stream().map(SearchQuery.Hit::url).toList();
    }

    @Test
    void zhKnowledgePropertyFindsChaptersLettersAndData() throws IOException {
        List<String> urls = urls("zh", "知识产权");
        assertTrue(urls.stream().anyMatch(u -> u.startsWith("../whitepaper/0")), urls.toString());
        assertTrue(urls.stream().anyMatch(u -> u.startsWith(LETTER + "#p")), urls.toString());
        assertTrue(urls.stream().anyMatch(u -> u.startsWith("../data/")), urls.toString());
    }

    @Test
    void zhSubstringInsideALongerWordIsFound() throws IOException {
        List<SearchQuery.Hit> hits = search("zh", "产权质押");
        assertTrue(hits.stream().anyMatch(h -> h.text().contains("知识产权质押融资")), hits.toString());
        List<String> urls = hits.stream().map(SearchQuery.Hit::url).toList();
        assertTrue(urls.contains("../whitepaper/03-use-and-financing/#ip-financing"), urls.toString());
        assertTrue(urls.stream().anyMatch(u -> u.startsWith(LETTER + "#p")), urls.toString());
    }

    @Test
    void zhTrademark() throws IOException {
        assertTrue(urls("zh", "商标").contains("../whitepaper/01-overview/#key-figures"));
    }

    @Test
    void documentNumberFindsTheLetterFirstInBothLanguagesAndWidths() throws IOException {
        for (String language : List.of("zh", "en")) {
            assertEquals(LETTER, urls(language, "渝市监函〔2020〕155号").get(0), language);
            assertEquals(LETTER, urls(language, "渝市监函〔２０２０〕１５５号").get(0), language);
            assertEquals(LETTER, urls(language, " 渝市监函 〔2020〕 155号 ").get(0), language);
        }
    }

    @Test
    void proposalNumberFindsTheLetterFirst() throws IOException {
        for (String language : List.of("zh", "en")) {
            assertEquals(LETTER, urls(language, "0584").get(0), language);
            assertEquals(LETTER, urls(language, "０５８４").get(0), language);
        }
    }

    @Test
    void enPatentIsFoundInAnyForm() throws IOException {
        List<String> patent = urls("en", "patent");
        assertTrue(patent.contains("../whitepaper/01-overview/#key-figures"), patent.toString());
        assertEquals(patent, urls("en", "patents"));
        assertEquals(patent, urls("en", "Patent"));
    }

    @Test
    void enTrademarksIsStemmed() throws IOException {
        List<String> urls = urls("en", "trademarks");
        assertTrue(urls.contains("../whitepaper/01-overview/#key-figures"), urls.toString());
        assertEquals(urls, urls("en", "trademark"));
        assertEquals(urls, urls("en", "TRADEMARKS"));
    }

    @Test
    void enPledgeFinancingNeedsBothWords() throws IOException {
        List<SearchQuery.Hit> hits = search("en", "pledge financing");
        List<String> urls = hits.stream().map(SearchQuery.Hit::url).toList();
        assertTrue(urls.contains("../whitepaper/03-use-and-financing/#ip-financing"), urls.toString());
        assertTrue(urls.contains("../data/ip-finance/"), urls.toString());
        assertTrue(hits.size() <= search("en", "financing").size());
        assertEquals(urls, urls("en", "the pledge of financing"), "stop words are ignored");
    }

    @Test
    void mixedChineseAndEnglishQueries() throws IOException {
        assertTrue(urls("zh", "质押融资 financing").contains("../data/ip-finance/"));
        assertTrue(urls("zh", "知识产权 0584").contains(LETTER));
        assertTrue(urls("en", "渝市监函 Yang Yong").contains(LETTER));
    }

    @Test
    void unknownWordsFindNothing() throws IOException {
        assertTrue(search("zh", "量子计算机").isEmpty());
        assertTrue(search("en", "pledge zebra").isEmpty());
        assertTrue(search("en", "the").isEmpty());
    }

    @Test
    void theQueryTermsAreWhatTheIndexHolds() {
        SearchTokenizer tokenizer = new SearchTokenizer();
        assertEquals(List.of("知识", "识产", "产权", "权质", "质押"),
                tokenizer.tokens("知识产权质押").stream().map(SearchTokenizer.Token::term).toList());
        assertEquals(List.of("号"), tokenizer.tokens("号").stream().map(SearchTokenizer.Token::term).toList());
        assertEquals(List.of("渝市监函", "2020", "155", "号"), SearchTokenizer.runs("渝市监函〔２０２０〕155号"));
        assertEquals("trademark", tokenizer.tokens("Trademarks").get(0).term());
        assertEquals(null, tokenizer.tokens("the").get(0).term());
        assertEquals("#渝市监函〔2020〕155号", SearchTokenizer.keyword(" 渝市监函〔２０２０〕 155号"));
    }

    @Test
    void aTypicalQueryFetchesOnlyAFewSmallFiles() throws IOException {
        for (String[] q : List.of(new String[] {"zh", "知识产权质押"}, new String[] {"en", "pledge financing"},
                new String[] {"zh", "0584"})) {
            SearchQuery query = new SearchQuery(site.resolve(q[0]).resolve("search"));
            query.search(q[1]);
            long all;
            try (Stream<Path> files = Files.list(site.resolve(q[0]).resolve("search"))) {
                all = files.filter(f -> f.toString().endsWith(".json")).mapToLong(f -> f.toFile().length()).sum();
            }
            System.out.println("search: " + q[0] + " '" + q[1] + "' fetches " + query.fetchedBytes() + " of " + all
                    + " bytes: " + query.fetchedFiles());
            assertTrue(query.fetchedBytes() < all, q[1]);
            assertTrue(query.fetchedBytes() < 80_000, q[1] + " " + query.fetchedBytes());
        }
    }

    @Test
    void aThousandPageSiteKeepsQueriesSmall() throws IOException {
        Path folder = site.resolve("zh");
        List<String> sources = List.of("whitepaper/01-overview", "whitepaper/02-management", "whitepaper/03-use-and-financing",
                "whitepaper/04-public-services", "whitepaper/05-protection", "whitepaper/06-culture-talent",
                "whitepaper/07-next-steps");
        List<SearchPage> pages = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String html = Files.readString(folder.resolve(sources.get(i % sources.size())).resolve("index.html"));
            // vary the text so that the pages are not identical: a page number in Chinese and digits
            html = html.replace("</main>", "<p>第" + i + "页 page" + i + " 编号" + Integer.toString(i * 7919, 36) + "</p></main>");
            pages.add(new SearchPage(SearchPage.Kind.CHAPTER, "../p/" + i + "/", "页" + i, html, List.of(), List.of()));
        }
        Path out = temp.resolve("big");
        SearchIndexWriter.Stats stats = new SearchIndexWriter(Map.of(SearchPage.Kind.CHAPTER, "章节")).write(pages, out);
        SearchQuery query = new SearchQuery(out);
        assertFalse(query.search("知识产权质押").isEmpty());
        System.out.println("search: 1,000 pages, " + stats + "; '知识产权质押' fetches " + query.fetchedBytes() + " bytes: "
                + query.fetchedFiles().size() + " files");
        assertTrue(stats.shards() > 16);
    }

    @Test
    void theIndexIsDeterministic() throws IOException {
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        List<SearchPage> pages = List.of(new SearchPage(SearchPage.Kind.PAGE, "../x/", "知识产权 Patents",
                "<main><h1>t</h1><p>产权质押 pledges</p></main>", List.of("0584"), List.of("0584")));
        new SearchIndexWriter(Map.of()).write(pages, a);
        new SearchIndexWriter(Map.of()).write(pages, b);
        assertEquals(SiteFixture.hashes(a), SiteFixture.hashes(b));
    }
}
