package org.ipwp.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ipwp.diag.Diagnostic;
import org.ipwp.site.SiteFixture;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} on the real site (which passes) and on copies of it with one defect each, each of
 * which must be reported at its page.
 */
class SiteCheckTest {

    private static final URI BASE = URI.create("https://example.org/ipr/");
    private static final Path VNU = Path.of("node_modules/vnu-jar/build/dist/vnu.jar");

    @TempDir
    static Path shared;

    private static Path built;

    @TempDir
    Path temp;

    private Path site;

    @BeforeAll
    static void buildTheRealSiteOnce() throws IOException {
        built = SiteFixture.buildRepositorySiteOnce(shared, "--base-url", BASE.toString());
    }

    @BeforeEach
    void copyTheBuiltSite() throws IOException {
        site = temp.resolve("site");
        SiteFixture.copyTree(built, site);
    }

    private List<Diagnostic> findings(Path vnu) throws IOException {
        return new SiteCheck(site, BASE, vnu, 300 * 1024).run().findings();
    }

    private void replace(String page, String from, String to) throws IOException {
        Path file = site.resolve(page);
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(html.contains(from), page + " does not contain " + from);
        Files.writeString(file, html.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)),
                StandardCharsets.UTF_8);
    }

    private static void assertReported(List<Diagnostic> findings, String code, String page) {
        assertTrue(findings.stream().anyMatch(d -> d.code().equals(code) && d.position().path().equals("site:" + page)),
                "expected [" + code + "] at " + page + " in\n" + String.join("\n", findings.stream().map(Diagnostic::format).toList()));
    }

    @Test
    void theRealSitePassesEveryCheckIncludingHtmlValidity() throws IOException {
        if (System.getenv("CI") != null) {
            assertTrue(Files.isRegularFile(VNU), "CI installs the Nu Html Checker with npm ci");
        }
        Assumptions.assumeTrue(Files.isRegularFile(VNU), "run 'npm ci' for the Nu Html Checker");
        SiteCheck.Result result = new SiteCheck(site, BASE, VNU, 300 * 1024).run();
        assertEquals(List.of(), result.findings().stream().map(Diagnostic::format).toList());
        assertEquals(9, result.datasets());
        assertEquals(1, result.letters());
        assertTrue(result.links() > 1000, "links checked: " + result.links());
    }

    @Test
    void aMissingPageIsReportedWhereItIsLinkedAndAsAMissingCounterpart() throws IOException {
        Files.delete(site.resolve("en/about/index.html"));
        List<Diagnostic> findings = findings(null);
        assertReported(findings, "link.broken", "en/index.html");
        assertReported(findings, "i18n.missing-counterpart", "zh/about/index.html");
    }

    @Test
    void aMissingFragmentIsReported() throws IOException {
        replace("zh/whitepaper/01-overview/index.html", "id=\"key-figures\"", "id=\"key-numbers\"");
        // Reported where the broken link is: the contents page links the section.
        assertReported(findings(null), "link.missing-anchor", "zh/whitepaper/index.html");
    }

    @Test
    void aThirdPartyScriptIsReported() throws IOException {
        replace("en/index.html", "</head>", "<script src=\"https://cdn.example.com/track.js\"></script></head>");
        assertReported(findings(null), "link.third-party", "en/index.html");
    }

    @Test
    void accessibilityBasicsAreReported() throws IOException {
        replace("zh/about/index.html", "</main>", "<img src=\"../../assets/css/site.css\"><table><tr><td>1</td></tr></table><h5>x</h5></main>");
        List<Diagnostic> findings = findings(null);
        assertReported(findings, "a11y.img-alt", "zh/about/index.html");
        assertReported(findings, "a11y.table-caption", "zh/about/index.html");
        assertReported(findings, "a11y.table-headers", "zh/about/index.html");
        assertReported(findings, "a11y.heading-order", "zh/about/index.html");
    }

    @Test
    void aPageOverTheSizeBudgetIsReported() throws IOException {
        replace("en/about/index.html", "</main>", "<p>" + "x".repeat(400 * 1024) + "</p></main>");
        assertReported(findings(null), "size.budget", "en/about/index.html");
    }

    @Test
    void anInvalidElementIsReportedByTheNuHtmlChecker() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(VNU), "run 'npm ci' for the Nu Html Checker");
        replace("en/about/index.html", "</main>", "<blink>old</blink></main>");
        List<Diagnostic> findings = findings(VNU);
        assertReported(findings, "html.invalid", "en/about/index.html");
        assertTrue(findings.stream().anyMatch(d -> d.message().contains("blink")), findings.toString());
    }

    @Test
    void theCommandPrintsOneLinePerFindingAndASummaryAndFails() throws IOException {
        Files.delete(site.resolve("en/about/index.html"));
        SiteFixture.Run run = SiteFixture.run("check", "--site", site.toString(), "--no-html");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("site:zh/about/index.html: error: [i18n.missing-counterpart]")), run.err());
        assertTrue(run.out().matches("(?s)checked \\d+ pages, \\d+ links, 9 datasets, 1 letters; findings: \\{i18n=1, link=\\d+\\}\\s*"), run.out());
    }
}
