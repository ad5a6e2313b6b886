package org.ipwp.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rebuilding on save: new text is served, broken edits show the error page, browsers are told to reload. */
class PreviewRebuildTest {


    @TempDir
    Path temp;

    private PreviewHarness preview;

    @BeforeEach
    void start() throws IOException {
        preview = new PreviewHarness(temp, false);
    }

    @AfterEach
    void stop() throws InterruptedException {
        preview.close();
        // Nothing of the preview may outlive close(): no watcher, no HTTP workers, no event streams.
        // A pool thread may still be unwinding for a moment after the executor reports termination.
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!previewThreads().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(List.of(), previewThreads(), "preview threads left running");
    }

    private static List<String> previewThreads() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().isAlive() && e.getKey().getName().startsWith("ipwp-preview"))
                .map(e -> e.getKey().getName() + " " + Arrays.toString(e.getValue())).toList();
    }

    @Test
    void anEditedChapterIsServedAfterTheRebuild() throws Exception {
        assertTrue(preview.get(PreviewHarness.CHAPTER_URL).body().contains(PreviewHarness.SENTENCE));
        preview.fixture.edit(PreviewHarness.CHAPTER, PreviewHarness.SENTENCE, "预览实时更新测试句。");
        HttpResponse<String> response = preview.poll(PreviewHarness.CHAPTER_URL, r -> r.body().contains("预览实时更新测试句"));
        assertTrue(response.body().contains("预览实时更新测试句"), response.body());
        assertFalse(response.body().contains(PreviewHarness.SENTENCE));
        assertEquals(200, response.statusCode());
    }

    @Test
    void aBrokenEditShowsTheErrorPageUntilItIsFixed() throws Exception {
        preview.fixture.edit("content/zh/about.adoc", "status=published", "stauts=published");
        String diagnostic = "content/zh/about.adoc:3: error: [meta.unknown-key] unknown header key &#39;stauts&#39;";
        HttpResponse<String> broken = preview.poll("/zh/", r -> r.body().contains("ipwp-diagnostics"));
        assertEquals(500, broken.statusCode());
        assertTrue(broken.body().contains(diagnostic), broken.body());
        assertTrue(broken.body().contains(LiveReload.SCRIPT_TAG), "the error page reloads itself when fixed");
        assertTrue(preview.get(PreviewHarness.CHAPTER_URL).body().contains(diagnostic), "every HTML page shows the error");
        assertTrue(preview.get("/assets/css/site.css").statusCode() == 200, "the last good site's files are still there");
        assertTrue(preview.terminal().contains("content/zh/about.adoc:3: error: [meta.unknown-key] unknown header key 'stauts'"),
                preview.terminal());

        preview.fixture.edit("content/zh/about.adoc", "stauts=published", "status=published");
        HttpResponse<String> fixed = preview.poll("/zh/", r -> r.statusCode() == 200);
        assertEquals(200, fixed.statusCode());
        assertFalse(fixed.body().contains("ipwp-diagnostics"));
        assertTrue(preview.get(PreviewHarness.CHAPTER_URL).body().contains(PreviewHarness.SENTENCE));
    }

    @Test
    void diagnosticsAreEscapedOnTheErrorPage() throws Exception {
        preview.fixture.edit("content/zh/about.adoc", "status=published", "status=published\n<script>x</script>=1");
        HttpResponse<String> broken = preview.poll("/zh/", r -> r.body().contains("ipwp-diagnostics"));
        assertTrue(broken.body().contains("ipwp-diagnostics"), broken.body());
        assertFalse(broken.body().contains("<script>x</script>"), broken.body());
    }

    @Test
    void theEventStreamSaysReloadAfterARebuild() throws Exception {
        HttpResponse<Stream<String>> events = preview.client.send(
                HttpRequest.newBuilder(preview.uri(LiveReload.EVENTS_PATH)).build(), HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, events.statusCode());
        assertEquals("text/event-stream; charset=utf-8", events.headers().firstValue("Content-Type").orElse(""));
        Iterator<String> lines = events.body().iterator();
        CompletableFuture<Void> hello = CompletableFuture.runAsync(() -> waitFor(lines, "event: hello"));
        hello.get(10, TimeUnit.SECONDS);
        long before = preview.session.status().generation();

        preview.fixture.edit(PreviewHarness.CHAPTER, PreviewHarness.SENTENCE, "事件流测试句。");
        CompletableFuture<Void> reload = CompletableFuture.runAsync(() -> waitFor(lines, "event: reload"));
        reload.get(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS);
        assertTrue(preview.session.status().generation() > before);
        events.body().close();
    }

    @Test
    void closingEndsOpenEventStreams() throws Exception {
        HttpResponse<Stream<String>> events = preview.client.send(
                HttpRequest.newBuilder(preview.uri(LiveReload.EVENTS_PATH)).build(), HttpResponse.BodyHandlers.ofLines());
        Iterator<String> lines = events.body().iterator();
        CompletableFuture.runAsync(() -> waitFor(lines, "event: hello")).get(10, TimeUnit.SECONDS);
        assertEquals(1, preview.session.liveClients());
        preview.close();
        CompletableFuture<Void> ended = CompletableFuture.runAsync(() -> {
            while (lines.hasNext()) {
                lines.next();
            }
        });
        ended.get(10, TimeUnit.SECONDS);
    }

    private static void waitFor(Iterator<String> lines, String wanted) {
        while (lines.hasNext()) {
            if (lines.next().equals(wanted)) {
                return;
            }
        }
        throw new AssertionError("stream ended before " + wanted);
    }
}
