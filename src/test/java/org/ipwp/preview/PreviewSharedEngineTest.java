package org.ipwp.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.ipwp.site.SiteFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Preview rebuilds reuse the conversion cache and one Asciidoctor engine, and still publish exactly
 * what a cold build of the same files publishes.
 */
class PreviewSharedEngineTest {

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
    void anEditConvertsOneBodyAndTheOutputEqualsAColdBuild() throws Exception {
        List<String> first = builtLines(1);
        assertTrue(first.get(0).contains("(0 from cache)"), first.get(0));
        Path cache = preview.fixture.root().resolve(PreviewSession.CACHE_FOLDER);
        assertTrue(Files.isDirectory(cache), "the cache sits next to the output folder");
        assertFalse(Files.exists(preview.output.resolve(PreviewSession.CACHE_FOLDER)), "never inside the served folder");

        // A chapter without extensions, then one with figure: and indicator:: macros.
        preview.fixture.edit("content/zh/whitepaper/02-management.adoc", "重庆市知识产权管理体系逐步完善。", "共享引擎测试句。");
        preview.poll("/zh/whitepaper/02-management/", r -> r.body().contains("共享引擎测试句"));
        assertTrue(builtLines(2).get(1).contains("converted 1 of 1 bodies"), preview.terminal());

        preview.fixture.edit("content/en/whitepaper/01-overview.adoc", "In recent years, Chongqing", "Lately, Chongqing");
        preview.poll("/en/whitepaper/01-overview/", r -> r.body().contains("Lately, Chongqing"));
        assertTrue(builtLines(3).get(2).contains("converted 1 of 1 bodies"), preview.terminal());

        // Messages are per build: the indicator blocks of the long-lived engine must use the new ones.
        preview.fixture.edit("templates/i18n/messages_en.properties", "indicator.source=Data: {0}", "indicator.source=Source data: {0}");
        preview.poll("/en/whitepaper/01-overview/", r -> r.body().contains("Source data: "));
        assertTrue(builtLines(4).get(3).contains("(0 from cache)"), "new messages change every key: " + preview.terminal());

        assertEquals(1, preview.session.enginesCreated(), "one Asciidoctor engine for the whole session");
        Path cold = temp.resolve("cold");
        SiteFixture.Run run = preview.fixture.build("--out", cold.toString(), "--no-cache");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(SiteFixture.hashes(cold), SiteFixture.hashes(preview.output));
    }

    /** Waits until the terminal shows {@code count} successful builds; returns their lines. */
    private List<String> builtLines(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<String> lines = lines();
        while (lines.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
            lines = lines();
        }
        assertEquals(count, lines.size(), preview.terminal());
        return lines;
    }

    /** Full builds print "built …", incremental ones "rebuilt …". */
    private List<String> lines() {
        return preview.terminal().lines().filter(l -> l.startsWith("built ") || l.startsWith("rebuilt ")).toList();
    }
}
