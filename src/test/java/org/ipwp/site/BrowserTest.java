package org.ipwp.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built site in Debian's Chromium (headless, driven through Debian's chromedriver), served on
 * the loopback interface under a sub-path as a static host would: the language switcher, a
 * chapter, a dataset download, the keyboard path to the main content, and axe-core on each
 * template in both languages.
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path AXE = Path.of("node_modules/axe-core/axe.min.js");
    private static final String SUB_PATH = "/ipwp/";

    @TempDir
    static Path temp;

    private static HttpServer server;
    private static ChromeDriver browser;
    private static String base;
    private static Path site;
    private static Path downloads;

    @BeforeAll
    static void serveTheSiteAndStartChromium() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER) && Files.isRegularFile(AXE);
        if (System.getenv("IPWP_REQUIRE_BROWSER") != null) {
            assertTrue(present, ".ci/run installs chromium and chromium-driver (apt) and axe-core (npm ci)");
        }
        Assumptions.assumeTrue(present, "install chromium, chromium-driver and run npm ci for the browser tests");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort() + SUB_PATH;
        SiteFixture fixture = SiteFixture.copyOfRepositorySite(temp.resolve("src"));
        site = temp.resolve("out");
        assertEquals(0, fixture.build("--out", site.toString(), "--base-url", base).exitCode());
        server.createContext(SUB_PATH, BrowserTest::serve);
        server.start();

        downloads = Files.createDirectories(temp.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + temp.resolve("profile"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    /** A static host: files under the sub-path, folders as their index.html. */
    private static void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring(SUB_PATH.length());
        Path file = site.resolve(path).normalize();
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!file.startsWith(site) || !Files.isRegularFile(file)) {
            file = site.resolve("404.html");
            exchange.sendResponseHeaders(404, Files.size(file));
        } else {
            String name = file.getFileName().toString();
            String type = name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".css") ? "text/css; charset=utf-8"
                    : name.endsWith(".csv") ? "text/csv; charset=utf-8" : name.endsWith(".json") ? "application/json"
                    : name.endsWith(".js") ? "text/javascript; charset=utf-8"
                    : "application/octet-stream";
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, Files.size(file));
        }
        try (OutputStream body = exchange.getResponseBody()) {
            Files.copy(file, body);
        }
    }

    @Test
    void theLanguageSwitcherLandsOnTheSamePageInEnglish() {
        browser.get(base + "zh/whitepaper/01-overview/");
        assertEquals("zh-CN", browser.findElement(By.tagName("html")).getAttribute("lang"));
        browser.findElement(By.cssSelector("a.lang-switch")).click();
        assertEquals(base + "en/whitepaper/01-overview/", browser.getCurrentUrl());
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
    }

    @Test
    void aReaderOpensAChapterFromTheContents() {
        browser.get(base + "en/whitepaper/");
        WebElement first = browser.findElements(By.cssSelector("main a[href*='01-overview']")).get(0);
        first.click();
        assertEquals(base + "en/whitepaper/01-overview/", browser.getCurrentUrl());
        assertTrue(browser.findElement(By.cssSelector("main")).getText().contains("43,870"));
    }

    @Test
    void aDatasetPageDownloadsItsCsv() throws IOException, InterruptedException {
        browser.get(base + "en/data/ip-finance/");
        browser.findElement(By.linkText("ip-finance.csv")).click();
        Path downloaded = downloads.resolve("ip-finance.csv");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> Files.isRegularFile(downloaded));
        Thread.sleep(200);
        assertArrayEquals(Files.readAllBytes(site.resolve("data/ip-finance/ip-finance.csv")), Files.readAllBytes(downloaded));
    }

    @Test
    void theKeyboardReachesTheMainContentFirst() {
        browser.get(base + "zh/");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertEquals("#main", focused.getAttribute("href").substring(focused.getAttribute("href").indexOf('#')));
        focused.sendKeys(Keys.ENTER);
        assertEquals("main", browser.switchTo().activeElement().getAttribute("id"));
    }

    @Test
    void typingAChineseQueryShowsTheLetterAndTheChapterWithHighlights() {
        browser.get(base + "zh/search/");
        WebElement input = browser.findElement(By.id("search-q"));
        input.sendKeys("知识产权质押");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
        List<String> hrefs = browser.findElements(By.cssSelector("#search-results li > a")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertTrue(hrefs.stream().anyMatch(h -> h.startsWith(base + "zh/letters/2020/yushijianhan-155/#p")), hrefs.toString());
        assertTrue(hrefs.contains(base + "zh/whitepaper/03-use-and-financing/#ip-financing"), hrefs.toString());
        assertTrue(browser.findElements(By.cssSelector("#search-results mark")).stream()
                .anyMatch(m -> m.getText().equals("知识产权质押")));
        WebElement status = browser.findElement(By.id("search-status"));
        assertEquals("status", status.getAttribute("role"));
        assertTrue(status.getText().startsWith("找到"), status.getText());
        assertTrue(browser.findElement(By.id("search-nojs")).getAttribute("hidden") != null);
        assertEquals(base + "zh/search/?q=" + java.net.URLEncoder.encode("知识产权质押", StandardCharsets.UTF_8),
                browser.getCurrentUrl());
        input.sendKeys(Keys.TAB);
        assertEquals("button", browser.switchTo().activeElement().getTagName(), "the submit button follows the input");
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals(hrefs.get(0), browser.switchTo().activeElement().getAttribute("href"), "then the first result");
    }

    @Test
    void theHeaderSearchFormLeadsToResultsInEnglish() {
        browser.get(base + "en/whitepaper/");
        WebElement input = browser.findElement(By.id("site-search-q"));
        input.sendKeys("trademarks");
        input.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
        assertEquals(base + "en/search/?q=trademarks", browser.getCurrentUrl());
        assertEquals("trademarks", browser.findElement(By.id("search-q")).getAttribute("value"));
        assertTrue(browser.findElements(By.cssSelector("#search-results li > a")).stream()
                .anyMatch(a -> a.getAttribute("href").equals(base + "en/whitepaper/01-overview/#key-figures")));
    }

    @Test
    void withoutJavaScriptTheSearchPageLinksTheContentsLettersAndData() throws IOException {
        for (String language : List.of("zh", "en")) {
            org.jsoup.nodes.Document page = SiteFixture.page(site, language + "/search/index.html");
            var links = page.select("#search-nojs a").eachAttr("href");
            assertEquals(List.of("../whitepaper/", "../letters/", "../data/"), links, language);
            assertTrue(page.selectFirst("#search-nojs p").text().contains("JavaScript"), language);
            assertEquals("q", page.selectFirst("#search-q").attr("name"));
            assertEquals("./", page.selectFirst("form.search-form").attr("action"));
            assertEquals(page.selectFirst("#search-q").id(), page.selectFirst("label[for=search-q]").attr("for"));
        }
        org.jsoup.nodes.Document chapter = SiteFixture.page(site, "zh/whitepaper/01-overview/index.html");
        assertEquals("../../search/", chapter.selectFirst("header form[role=search]").attr("action"));
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationsOnAnyTemplate() throws IOException {
        String axe = Files.readString(AXE, StandardCharsets.UTF_8);
        for (String language : List.of("zh", "en")) {
            for (String page : List.of("", "whitepaper/", "whitepaper/03-use-and-financing/", "data/", "data/ip-finance/",
                    "letters/", "letters/2020/yushijianhan-155/", "about/", "search/", "search/?q=%E7%9F%A5%E8%AF%86%E4%BA%A7%E6%9D%83")) {
                browser.get(base + language + "/" + page);
                ((JavascriptExecutor) browser).executeScript(axe);
                Object violations = ((JavascriptExecutor) browser).executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify("
                                + "r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                                + ".map(v => v.id + ' ' + v.nodes.map(n => n.target.join(' ')).join(', ')))));");
                assertEquals("[]", violations, language + "/" + page);
            }
        }
    }
}
