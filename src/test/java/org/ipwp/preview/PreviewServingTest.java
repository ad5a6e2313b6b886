package org.ipwp.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Serving the built preview: live-reload injection, content types, methods, folders and path safety. */
class PreviewServingTest {

    @TempDir
    Path temp;

    private PreviewHarness preview;

    @BeforeEach
    void start() throws IOException {
        preview = new PreviewHarness(temp, false);
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    @Test
    void servesPagesWithTheReloadScriptThatTheFilesOnDiskDoNotHave() throws Exception {
        for (String path : List.of("/zh/", "/zh/whitepaper/02-management/", "/en/")) {
            HttpResponse<String> response = preview.get(path);
            assertEquals(200, response.statusCode(), path);
            assertTrue(response.body().contains(LiveReload.SCRIPT_TAG + "\n</body>"), path);
            assertEquals(1, count(response.body(), LiveReload.SCRIPT_PATH), path);
        }
        assertTrue(preview.get("/zh/whitepaper/02-management/").body().contains("重庆市知识产权管理体系逐步完善"));
        try (Stream<Path> files = Files.walk(preview.output)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(text.contains("__ipwp"), file.toString());
            }
        }
        HttpResponse<String> script = preview.get(LiveReload.SCRIPT_PATH);
        assertEquals(200, script.statusCode());
        assertTrue(script.body().contains("EventSource('/__ipwp/events')"));
    }

    @Test
    void contentTypesSayUtf8AndNosniff() throws Exception {
        assertType("/zh/", "text/html; charset=utf-8");
        assertType("/assets/css/site.css", "text/css; charset=utf-8");
        assertType("/__ipwp/live.js", "text/javascript; charset=utf-8");
        assertType("/sitemap.xml", "application/xml; charset=utf-8");
        assertType("/en/letters/feed.xml", "application/xml; charset=utf-8");
        Path csv;
        Path json;
        Path jsonld;
        try (Stream<Path> files = Files.walk(preview.output)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            csv = all.stream().filter(p -> p.toString().endsWith(".csv")).findFirst().orElseThrow();
            json = all.stream().filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
            jsonld = all.stream().filter(p -> p.toString().endsWith(".jsonld")).findFirst().orElseThrow();
        }
        assertType(urlOf(csv), "text/csv; charset=utf-8");
        assertType(urlOf(json), "application/json; charset=utf-8");
        assertType(urlOf(jsonld), "application/ld+json; charset=utf-8");
        HttpResponse<String> csvResponse = preview.get(urlOf(csv));
        assertEquals(Files.readString(csv, StandardCharsets.UTF_8), csvResponse.body(), "non-HTML is served untouched");
    }

    @Test
    void headHasHeadersButNoBodyAndOtherMethodsAre405() throws Exception {
        HttpResponse<String> head = preview.send("HEAD", "/zh/");
        assertEquals(200, head.statusCode());
        assertEquals("text/html; charset=utf-8", head.headers().firstValue("Content-Type").orElse(""));
        assertEquals("", head.body());
        for (String method : List.of("POST", "PUT", "DELETE")) {
            HttpResponse<String> response = preview.send(method, "/zh/");
            assertEquals(405, response.statusCode(), method);
            assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElse(""), method);
        }
    }

    @Test
    void folderWithoutSlashRedirectsAndMissingPagesAre404() throws Exception {
        HttpResponse<String> redirect = preview.get("/zh/whitepaper/02-management");
        assertEquals(301, redirect.statusCode());
        assertEquals("/zh/whitepaper/02-management/", redirect.headers().firstValue("Location").orElse(""));
        HttpResponse<String> missing = preview.get("/zh/no-such-page/");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains(LiveReload.SCRIPT_TAG));
        assertEquals(404, preview.get("/.ipwp-site").statusCode(), "the output marker is not served");
    }

    @Test
    void traversalNeverReachesFilesOutsideTheOutput() throws Exception {
        Path config = preview.fixture.root().resolve("jbake.properties");
        assertTrue(Files.isRegularFile(preview.output.resolve("../jbake.properties").normalize()), "the target exists");
        String secret = Files.readAllLines(config, StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains("=")).findFirst().orElseThrow();
        for (String target : List.of("/../jbake.properties", "/%2e%2e/jbake.properties", "/%2E%2E/jbake.properties",
                "/zh/%2e%2e%2f%2e%2e%2fjbake.properties", "/..%5cjbake.properties", "/..\\jbake.properties",
                "/zh/../../jbake.properties", "/%252e%252e/jbake.properties", "/zh/%2e%2e/%2e%2e/jbake.properties",
                "/%00/../jbake.properties", "/zh%00/index.html", "//etc/passwd", "/" + config,
                "/" + config.toString().replace('/', '\\'), "/C:/jbake.properties", "/zh/./index.html")) {
            String response = preview.raw(target);
            String status = response.lines().findFirst().orElse("");
            assertTrue(status.contains(" 404 ") || status.contains(" 400 "), target + " -> " + status);
            assertFalse(response.contains(secret), target);
        }
    }

    @Test
    void onlyLoopbackHostNamesAreAnswered() throws Exception {
        assertTrue(preview.raw("/zh/", "localhost:" + preview.session.port()).startsWith("HTTP/1.1 200"));
        assertTrue(preview.raw("/zh/", "[::1]:" + preview.session.port()).startsWith("HTTP/1.1 200"));
        assertTrue(preview.raw("/zh/", "evil.example:" + preview.session.port()).startsWith("HTTP/1.1 403"));
        assertTrue(preview.raw("/zh/", "127.0.0.1.evil.example").startsWith("HTTP/1.1 403"));
    }

    @Test
    void symlinksOutOfTheOutputAre404ButInsideAreServed() throws Exception {
        Path config = preview.fixture.root().resolve("jbake.properties");
        Files.createSymbolicLink(preview.output.resolve("leak.txt"), config);
        Files.createSymbolicLink(preview.output.resolve("leakdir"), preview.fixture.root());
        Files.createSymbolicLink(preview.output.resolve("inside.css"), preview.output.resolve("assets/css/site.css"));
        assertEquals(404, preview.get("/leak.txt").statusCode());
        assertEquals(404, preview.get("/leakdir/jbake.properties").statusCode());
        assertEquals(404, preview.get("/leakdir/").statusCode());
        assertEquals(200, preview.get("/inside.css").statusCode());
    }

    private void assertType(String path, String type) throws Exception {
        HttpResponse<String> response = preview.get(path);
        assertEquals(200, response.statusCode(), path);
        assertEquals(type, response.headers().firstValue("Content-Type").orElse(""), path);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
    }

    private String urlOf(Path file) {
        return "/" + preview.output.relativize(file).toString().replace('\\', '/');
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
