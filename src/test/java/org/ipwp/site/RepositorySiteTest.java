package org.ipwp.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the repository's own site once, published under a sub-path, and checks what readers
 * and crawlers get.
 */
class RepositorySiteTest {

    private static final String BASE = "https://example.org/ipwp/";

    @TempDir
    static Path temp;

    private static Path site;

    @BeforeAll
    static void buildRepositorySite() throws IOException {
        SiteFixture fixture = SiteFixture.copyOfRepositorySite(temp.resolve("src"));
        site = temp.resolve("out");
        SiteFixture.Run run = fixture.build("--out", site.toString(), "--base-url", BASE, "--strict");
        assertEquals(0, run.exitCode(), run.err());
    }

    private static List<String> languagePages() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith("index.html") && (p.startsWith("zh/") || p.startsWith("en/")))
                    .sorted().toList();
        }
    }

    @Test
    void everyPageDeclaresItsLanguageAndLinksItsCounterpart() throws IOException {
        for (String path : languagePages()) {
            Document page = SiteFixture.page(site, path);
            boolean zh = path.startsWith("zh/");
            assertEquals(zh ? "zh-CN" : "en", page.selectFirst("html").attr("lang"), path);
            String counterpart = (zh ? "en/" : "zh/") + path.substring(3);
            Element switcher = page.selectFirst("a.lang-switch");
            Path target = site.resolve(path).getParent().resolve(switcher.attr("href")).resolve("index.html").normalize();
            assertEquals(site.resolve(counterpart), target, path);
        }
    }

    @Test
    void everyPageHasHreflangAlternatesUnderTheBaseUrl() throws IOException {
        for (String path : languagePages()) {
            Document page = SiteFixture.page(site, path);
            String key = path.substring(3, path.length() - "index.html".length());
            assertEquals(BASE + "zh/" + key, page.selectFirst("link[hreflang=zh-CN]").attr("href"), path);
            assertEquals(BASE + "en/" + key, page.selectFirst("link[hreflang=en]").attr("href"), path);
            assertEquals(BASE + "zh/" + key, page.selectFirst("link[hreflang=x-default]").attr("href"), path);
            assertEquals(BASE + path.substring(0, path.length() - "index.html".length()),
                    page.selectFirst("link[rel=canonical]").attr("href"), path);
        }
    }

    @Test
    void pagesLoadNothingFromOtherHosts() throws IOException {
        for (String path : languagePages()) {
            Document page = SiteFixture.page(site, path);
            assertTrue(page.select("script[src], img[src], link[rel=stylesheet]").stream()
                    .noneMatch(e -> e.attr("src").contains("//") || e.attr("href").contains("//")), path);
        }
    }

    @Test
    void theWhitePaperHasSevenChaptersInBothLanguagesWithNavigation() throws IOException {
        for (String lang : List.of("zh", "en")) {
            Document contents = SiteFixture.page(site, lang + "/whitepaper/index.html");
            assertEquals(7, contents.select("ol.chapter-list > li").size(), lang);
            Document first = SiteFixture.page(site, lang + "/whitepaper/01-overview/index.html");
            assertTrue(first.select("a[rel=prev]").isEmpty());
            assertEquals("../02-management/", first.selectFirst("a[rel=next]").attr("href"));
            Document last = SiteFixture.page(site, lang + "/whitepaper/07-next-steps/index.html");
            assertEquals("../06-culture-talent/", last.selectFirst("a[rel=prev]").attr("href"));
            assertTrue(last.select("a[rel=next]").isEmpty());
        }
    }

    @Test
    void chapterTableOfContentsLinksToSectionAnchors() throws IOException {
        Document chapter = SiteFixture.page(site, "en/whitepaper/01-overview/index.html");
        List<Element> entries = chapter.select("nav.toc a");
        assertFalse(entries.isEmpty());
        for (Element entry : entries) {
            assertTrue(chapter.getElementById(entry.attr("href").substring(1)) != null, entry.attr("href"));
        }
    }

    @Test
    void figuresComeFromTheDataFormattedPerLanguage() throws IOException {
        Element zh = SiteFixture.page(site, "zh/whitepaper/01-overview/index.html").selectFirst("data[value=502200]");
        Element en = SiteFixture.page(site, "en/whitepaper/01-overview/index.html").selectFirst("data[value=502200]");
        assertEquals("50.22万件", zh.text());
        assertEquals("502,200", en.text());
        Element money = SiteFixture.page(site, "en/whitepaper/03-use-and-financing/index.html").selectFirst("data[value=3886000000]");
        assertEquals("3.886 billion yuan", money.text());
    }

    @Test
    void theArchivedLetterCarriesItsMetadataInBothLanguages() throws IOException {
        Document zh = SiteFixture.page(site, "zh/letters/2020/yushijianhan-155/index.html");
        String meta = zh.selectFirst(".letter-meta").text();
        for (String expected : List.of("渝市监函〔2020〕155号", "市五届人大三次会议第0584号建议", "杨勇", "2020年3月31日",
                "市发展改革委", "市科技局", "市经济信息委", "市财政局", "唐英瑜", "李薇", "67120375", "401147", "人大建议")) {
            assertTrue(meta.contains(expected), expected);
        }
        Document en = SiteFixture.page(site, "en/letters/2020/yushijianhan-155/index.html");
        assertTrue(en.selectFirst(".letter-meta").text().contains("31 March 2020"));
        Element notice = en.selectFirst("p.notice");
        assertTrue(notice.text().contains("unofficial English translation"));
        assertEquals("../../../../zh/letters/2020/yushijianhan-155/", notice.selectFirst("a").attr("href"));
    }

    @Test
    void theChineseLetterIsTheSeedTextVerbatim() throws IOException {
        Path seed = Path.of("").toAbsolutePath().getParent().resolve("shared/seed/000_69aa109d8f22d2cf.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(seed), "../shared/seed is beside the checkout");
        String seedText = Files.readString(seed, StandardCharsets.UTF_8).replaceAll("\\s+", "");
        Document zh = SiteFixture.page(site, "zh/letters/2020/yushijianhan-155/index.html");
        List<String> paragraphs = new ArrayList<>();
        zh.select(".letter-body .body p, .letter-body .body h2").forEach(p -> paragraphs.add(p.text().replaceAll("\\s+", "")));
        assertTrue(paragraphs.size() >= 17, "blocks: " + paragraphs.size());
        for (String paragraph : paragraphs) {
            assertTrue(seedText.contains(paragraph), "not in the seed: " + paragraph);
        }
        String body = String.join("", paragraphs);
        assertTrue(body.startsWith("杨勇代表："));
        assertTrue(body.endsWith("也恳请继续对我们的工作给予帮助和支持。"));
        assertFalse(body.contains("此页无正文"));
    }

    @Test
    void letterParagraphsAreAddressableAndMatchAcrossLanguages() throws IOException {
        Document zh = SiteFixture.page(site, "zh/letters/2020/yushijianhan-155/index.html");
        Document en = SiteFixture.page(site, "en/letters/2020/yushijianhan-155/index.html");
        List<String> zhIds = zh.select(".letter-body [id^=p]").eachAttr("id");
        assertFalse(zhIds.isEmpty());
        assertEquals(zhIds, en.select(".letter-body [id^=p]").eachAttr("id"));
    }

    @Test
    void governmentFooterAndMetaTagsAreOnEveryPage() throws IOException {
        for (String path : languagePages()) {
            Document page = SiteFixture.page(site, path);
            for (String meta : List.of("SiteName", "SiteDomain", "SiteIDCode", "ColumnName", "ArticleTitle", "PubDate", "ContentSource")) {
                assertFalse(page.select("meta[name=" + meta + "]").attr("content").isEmpty(), path + " " + meta);
            }
            assertEquals(1, page.select("footer a[href^=https://beian.miit.gov.cn]").size(), path);
        }
    }

    @Test
    void sitemapListsEveryPageWithAlternatesUnderTheBaseUrl() throws IOException {
        String sitemap = Files.readString(site.resolve("sitemap.xml"), StandardCharsets.UTF_8);
        for (String path : languagePages()) {
            assertTrue(sitemap.contains("<loc>" + BASE + path.replace("index.html", "") + "</loc>"), path);
        }
        assertTrue(Files.readString(site.resolve("robots.txt")).contains("Sitemap: " + BASE + "sitemap.xml"));
    }

    @Test
    void entryAnd404PagesLinkBothLanguages() throws IOException {
        Document entry = SiteFixture.page(site, "index.html");
        assertEquals("0; url=zh/", entry.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals(List.of("zh/", "en/"), entry.select("main a").eachAttr("href"));
        Document notFound = SiteFixture.page(site, "404.html");
        assertEquals(List.of("/ipwp/zh/", "/ipwp/en/"), notFound.select("main a").eachAttr("href"));
    }

    @Test
    void datesFollowEachLanguage() throws IOException {
        assertEquals("2020年3月31日", SiteFixture.page(site, "zh/letters/index.html").selectFirst("tbody time").text());
        assertEquals("31 March 2020", SiteFixture.page(site, "en/letters/index.html").selectFirst("tbody time").text());
    }
}
