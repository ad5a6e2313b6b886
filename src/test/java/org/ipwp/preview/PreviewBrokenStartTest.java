package org.ipwp.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site that is already broken when {@code serve} starts still gets a server, showing the error page. */
class PreviewBrokenStartTest {

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
    void startsWithTheErrorPageAndRecovers() throws Exception {
        preview = new PreviewHarness(temp, false,
                fixture -> fixture.edit("content/zh/about.adoc", "status=published", "stauts=published"));
        assertFalse(preview.session.status().ok());
        HttpResponse<String> broken = preview.get("/zh/");
        assertEquals(500, broken.statusCode());
        assertTrue(broken.body().contains("content/zh/about.adoc:3: error: [meta.unknown-key]"), broken.body());

        preview.fixture.edit("content/zh/about.adoc", "stauts=published", "status=published");
        HttpResponse<String> fixed = preview.poll("/zh/", r -> r.statusCode() == 200);
        assertEquals(200, fixed.statusCode(), fixed.body());
        assertTrue(fixed.body().contains(LiveReload.SCRIPT_TAG));
    }
}
