package org.ipwp.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ipwp.site.SiteFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drafts in the preview: a letter scaffolded while the server runs (in a new folder, which the
 * watcher must pick up) shows with {@code --drafts}, marked as a draft, and not without.
 */
class PreviewDraftsTest {

    private static final String LETTER_URL = "/zh/letters/2021/letter-12/";

    @TempDir
    Path temp;

    private PreviewHarness preview;

    @AfterEach
    void stop() {
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void withDraftsANewDraftLetterIsServedAndMarked() throws Exception {
        preview = new PreviewHarness(temp, true);
        assertEquals(404, preview.get(LETTER_URL).statusCode());
        scaffoldLetter();
        HttpResponse<String> page = preview.poll(LETTER_URL, r -> r.statusCode() == 200);
        assertEquals(200, page.statusCode(), preview.terminal());
        assertTrue(page.body().contains("draft-banner"), page.body());
    }

    @Test
    void withoutDraftsADraftLetterIsNotServed() throws Exception {
        preview = new PreviewHarness(temp, false);
        long before = preview.session.status().generation();
        scaffoldLetter();
        preview.poll("/zh/", r -> preview.session.status().generation() > before);
        assertTrue(preview.session.status().generation() > before, "a rebuild ran");
        assertTrue(preview.session.status().ok(), preview.terminal());
        assertEquals(404, preview.get(LETTER_URL).statusCode());
        assertFalse(Files.exists(preview.output.resolve("zh/letters/2021")));
    }

    private void scaffoldLetter() {
        SiteFixture.Run run = SiteFixture.run("new", "letter", "--number", "渝市监函〔2021〕12号", "--date", "2021-04-20",
                "--source", preview.fixture.root().toString());
        assertEquals(0, run.exitCode(), run.err());
    }
}
