package org.ipwp.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the build record keeps of a content file stands in for reading it: written and read back,
 * every file of the repository site (chapters, letters with their metadata, pages, warnings) is
 * restored equal to the file as read, body included; a changed stamp or a lost body means reading it.
 */
class RecordedContentFileTest {

    private static final FileStamp STAMP = new FileStamp(1234, 1_000_000_000L, 2_000_000_000L, 42, 7);

    @TempDir
    static Path temp;

    private static List<ContentFile> files;

    @BeforeAll
    static void buildRepositorySite() throws IOException {
        SiteFixture fixture = SiteFixture.copyOfRepositorySite(temp.resolve("site"));
        // A draft: a file that publishes no page and reports a warning.
        Files.writeString(fixture.root().resolve("content/zh/draft-note.adoc"),
                "title=草稿\ntype=page\nstatus=draft\ndate=2020-03-31\ndescription=尚未发布。\n~~~~~~\n尚未发布的草稿。\n",
                StandardCharsets.UTF_8);
        SiteBuilder builder = new SiteBuilder(new BuildOptions(fixture.root(), temp.resolve("out"), null, false, false));
        builder.build();
        files = List.copyOf(builder.built().files().values());
    }

    private static RecordedContentFile roundTrip(RecordedContentFile recorded) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            recorded.writeTo(out);
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            RecordedContentFile read = RecordedContentFile.readFrom(in);
            assertEquals(-1, in.read(), "nothing left over");
            return read;
        }
    }

    private static ContentFile stamped(ContentFile file) {
        return new ContentFile(file.source(), file.page(), file.diagnostics(), file.includes(), STAMP);
    }

    @Test
    void everyFileOfTheRepositorySiteIsRestoredAsRead() throws IOException {
        assertTrue(files.stream().anyMatch(f -> f.page() != null && f.page().letter() != null), "letters are among them");
        assertTrue(files.stream().anyMatch(f -> f.page() == null && !f.diagnostics().isEmpty()),
                "a draft that publishes no page and warns is among them");
        for (ContentFile file : files) {
            ContentFile read = stamped(file);
            String entry = file.page() == null ? null : "entry-of-" + file.source().sourceName();
            RecordedContentFile recorded = RecordedContentFile.of(read, entry);
            assertNotNull(recorded, file.source().sourceName());
            ContentFile restored = roundTrip(recorded).restore(file.source(), STAMP,
                    key -> key.equals(entry) ? file.page().body() : null);
            assertEquals(read, restored, file.source().sourceName());
        }
    }

    @Test
    void anotherStampOrALostBodyMeansReadingTheFile() throws IOException {
        ContentFile file = files.stream().filter(f -> f.page() != null).findFirst().orElseThrow();
        RecordedContentFile recorded = roundTrip(RecordedContentFile.of(stamped(file), "entry"));
        FileStamp rewritten = new FileStamp(STAMP.size(), STAMP.modifiedNanos(), STAMP.changedNanos() + 1, STAMP.inode(), STAMP.device());
        assertNull(recorded.restore(file.source(), rewritten, key -> file.page().body()), "written since: read it");
        assertNull(recorded.restore(file.source(), STAMP, key -> null), "the cache lost the body: read it");
        SourceFile elsewhere = new SourceFile(file.source().path(), "content/zh/moved.adoc", file.source().language(), "moved");
        assertNull(recorded.restore(elsewhere, STAMP, key -> file.page().body()), "another file: read it");
    }

    @Test
    void filesWithoutAStampOrWithIncludesAreNotRecorded() {
        ContentFile file = files.stream().filter(f -> f.page() != null).findFirst().orElseThrow();
        assertNull(RecordedContentFile.of(new ContentFile(file.source(), file.page(), file.diagnostics(), false, null), "entry"),
                "no stamp (not settled when read)");
        assertNull(RecordedContentFile.of(new ContentFile(file.source(), file.page(), file.diagnostics(), true, STAMP), "entry"),
                "include:: makes the page depend on other files");
        assertNull(RecordedContentFile.of(stamped(file), null), "no cache entry holds its body");
    }
}
