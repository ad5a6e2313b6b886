package org.ipwp.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ipwp.diag.Diagnostic;
import org.ipwp.diag.Diagnostics;
import org.ipwp.diag.SourcePosition;
import org.junit.jupiter.api.Test;

class SiteConfigReaderTest {

    private static final String NAME = "jbake.properties";

    /** Every required key, one per line: site.baseUrl is on line 2, site.email on line 15. */
    private static final String VALID = """
            # test site
            site.baseUrl=https://example.org/ipwp
            site.name.zh=白皮书
            site.name.en=White paper
            site.sponsor.zh=主办单位
            site.sponsor.en=Sponsor
            site.idCode=5000000000
            site.domain=example.org
            site.icp.number=渝ICP备00000000号
            site.icp.url=https://beian.miit.gov.cn/
            site.psb.number=渝公网安备50000000000000号
            site.psb.url=https://beian.mps.gov.cn/
            site.contact.zh=联系电话：023-00000000
            site.contact.en=Telephone: +86 23 0000 0000
            site.email=ipwp@example.org
            """;

    private final Diagnostics diagnostics = new Diagnostics();
    private final SiteConfigReader reader = new SiteConfigReader(diagnostics);

    private SiteConfig read(String text) throws IOException {
        return reader.read(new StringReader(text), NAME);
    }

    private List<String> rendered() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    private URI baseUrl(String text) {
        return reader.parseBaseUrl(text, SourcePosition.line(NAME, 2));
    }

    @Test
    void realRepositoryConfigurationReads() throws IOException {
        Path file = Path.of(System.getProperty("basedir", "."), NAME);
        SiteConfig config;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            config = reader.read(in, NAME);
        }

        assertEquals(List.of(), rendered());
        assertNotNull(config);
        assertEquals(URI.create("https://ipwp.example.gov.cn/"), config.baseUrl());
    }

    @Test
    void validConfigurationMapsEveryKey() throws IOException {
        SiteConfig config = read(VALID);

        assertEquals("白皮书", config.siteName().zh());
        assertEquals("Sponsor", config.sponsor().en());
        assertEquals("5000000000", config.identity().siteIdCode());
        assertEquals("渝ICP备00000000号", config.identity().icpNumber());
        assertEquals("ipwp@example.org", config.email());
    }

    @Test
    void unknownKeyIsReportedWithItsLine() throws IOException {
        assertNull(read(VALID + "site.titel=Typo\n"));
        assertEquals(1, rendered().size(), rendered()::toString);
        assertTrue(rendered().get(0).startsWith("jbake.properties:16: error: [config.unknown-key] unknown key 'site.titel';"
                + " known keys: site.baseUrl, site.contact.en, "), rendered()::toString);
    }

    @Test
    void duplicateKeyNamesTheFirstLine() throws IOException {
        assertNull(read(VALID + "site.email=other@example.org\n"));
        assertEquals(List.of("jbake.properties:16: error: [config.duplicate-key] 'site.email' is already set on line 15"),
                rendered());
    }

    @Test
    void missingRequiredKeyIsReportedOnTheFile() throws IOException {
        assertNull(read(VALID.replace("site.email=ipwp@example.org\n", "")));
        assertEquals(List.of("jbake.properties: error: [config.missing-key] required key 'site.email' is missing"), rendered());
    }

    @Test
    void emptyValueIsReportedWithItsLine() throws IOException {
        assertNull(read(VALID.replace("site.email=ipwp@example.org", "site.email=")));
        assertTrue(rendered().contains("jbake.properties:15: error: [config.empty-value] 'site.email' has no value"),
                rendered()::toString);
    }

    @Test
    void emptyValueIsNotAlsoReportedAsMissing() throws IOException {
        read(VALID.replace("site.email=ipwp@example.org", "site.email="));

        assertEquals(List.of("jbake.properties:15: error: [config.empty-value] 'site.email' has no value"), rendered());
    }

    @Test
    void lineWithoutEqualsSignIsASyntaxError() throws IOException {
        read(VALID + "site.email ipwp@example.org\n");

        assertEquals(List.of("jbake.properties:16: error: [config.syntax] expected 'key=value', got 'site.email ipwp@example.org'"),
                rendered());
    }

    @Test
    void lineContinuationIsRejected() throws IOException {
        read(VALID.replace("site.name.en=White paper", "site.name.en=White \\"));

        assertTrue(rendered().contains("jbake.properties:4: error: [config.syntax] line continuations are not supported;"
                + " put 'site.name.en' on one line"), rendered()::toString);
    }

    @Test
    void byteOrderMarkBeforeFirstKeyIsIgnored() throws IOException {
        assertNotNull(read("\uFEFF" + VALID.replace("# test site\n", "")));
        assertEquals(List.of(), rendered());
    }

    @Test
    void baseUrlIsNormalisedToEndWithSlash() throws IOException {
        assertEquals(URI.create("https://example.org/ipwp/"), read(VALID).baseUrl());
    }

    @Test
    void basePathOfSubPathSite() throws IOException {
        assertEquals("/ipwp/", read(VALID).basePath());
    }

    @Test
    void baseUrlWithoutPathGetsRootSlash() {
        assertEquals(URI.create("https://example.org/"), baseUrl("https://example.org"));
    }

    @Test
    void baseUrlKeepsPort() {
        assertEquals(URI.create("http://localhost:8080/site/"), baseUrl("http://localhost:8080/site"));
    }

    @Test
    void relativeBaseUrlIsRejected() throws IOException {
        assertNull(read(VALID.replace("site.baseUrl=https://example.org/ipwp", "site.baseUrl=/ipwp/")));
        assertEquals(List.of("jbake.properties:2: error: [config.base-url] base URL must be an absolute http(s) URL"
                + " without query or fragment, e.g. https://example.org/ipwp/; got '/ipwp/'"), rendered());
    }

    @Test
    void baseUrlWithoutSchemeIsRejected() {
        assertNull(baseUrl("example.org/ipwp/"));
        assertTrue(rendered().get(0).startsWith("jbake.properties:2: error: [config.base-url] "), rendered()::toString);
    }

    @Test
    void ftpBaseUrlIsRejected() {
        assertNull(baseUrl("ftp://example.org/ipwp/"));
    }

    @Test
    void baseUrlWithQueryIsRejected() {
        assertNull(baseUrl("https://example.org/ipwp/?lang=zh"));
    }

    @Test
    void baseUrlWithSpaceIsNotAValidUrl() {
        assertNull(baseUrl("https://example.org/my site/"));
        assertTrue(rendered().get(0).startsWith("jbake.properties:2: error: [config.base-url] base URL is not a valid URL: "),
                rendered()::toString);
    }

    @Test
    void percentEscapesInBaseUrlAreKept() {
        assertEquals(URI.create("https://example.org/my%20site/"), baseUrl("https://example.org/my%20site"));
    }

    @Test
    void upperCaseSchemeIsAccepted() {
        assertNotNull(baseUrl("HTTPS://example.org/"));
    }

    @Test
    void withBaseUrlReplacesOnlyTheBaseUrl() throws IOException {
        SiteConfig config = read(VALID).withBaseUrl(URI.create("http://localhost:8000/"));

        assertEquals("/", config.basePath());
        assertEquals("白皮书", config.siteName().zh());
    }
}
