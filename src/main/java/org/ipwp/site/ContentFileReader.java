package org.ipwp.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.ipwp.content.BodyConverter;
import org.ipwp.diag.Diagnostics;
import org.ipwp.diag.SourcePosition;
import org.ipwp.diag.StrictText;
import org.ipwp.letters.PlaceholderCheck;
import org.ipwp.letters.ReplyLetter;
import org.ipwp.letters.ReplyLetterReader;
import org.ipwp.site.jbake.JBakePageReader;
import org.ipwp.site.jbake.ParsedPage;

/**
 * Reads one content file into its {@link Page}: strict UTF-8, the header, the draft rule, where the
 * page type may live, a letter's metadata and placeholders, and the converted body.
 *
 * <p>Each file's problems are recorded apart from the build's ({@link ContentFile#diagnostics}) and
 * replayed by the caller, so that the preview can read one edited file again and know exactly
 * which problems were that file's.
 */
final class ContentFileReader {

    /** Stands in for reading files the last build read and recorded ({@link BuildRecord}). */
    @FunctionalInterface
    interface RecordedFiles {

        /** No record to stand in: every file is read, and stamped for the next build's record. */
        RecordedFiles NONE = (file, stamp) -> null;

        /** {@code file} as the last build read it, if it still has the stamp recorded then; else {@code null}. */
        ContentFile restore(SourceFile file, FileStamp stamp);
    }

    private final JBakePageReader reader;
    private final boolean drafts;
    private final RecordedFiles recorded;
    private final AtomicInteger restored = new AtomicInteger();

    /**
     * @param root       the site folder
     * @param jbakeOutput the destination folder JBake's configuration names (JBake writes nothing there)
     * @param converter  converts the bodies (possibly through the conversion cache)
     * @param drafts     publish {@code status=draft} pages
     * @param recorded   files the last build read, for those unchanged since; {@code null} when no
     *                   record is kept (no cache folder, or the preview): files are then not stamped
     */
    ContentFileReader(Path root, Path jbakeOutput, BodyConverter converter, boolean drafts, RecordedFiles recorded) {
        this.reader = new JBakePageReader(root, jbakeOutput, converter);
        this.drafts = drafts;
        this.recorded = recorded;
    }

    /** A reader that reads every file and stamps none (no record is kept). */
    ContentFileReader(Path root, Path jbakeOutput, BodyConverter converter, boolean drafts) {
        this(root, jbakeOutput, converter, drafts, null);
    }

    /** Files taken from the record instead of being read, so far. */
    int restored() {
        return restored.get();
    }

    ContentFile read(SourceFile file) throws IOException {
        // Stamped before reading: a write after the read then leaves another stamp.
        FileStamp stamp = recorded == null ? null : FileStamp.ofSettled(file.path());
        ContentFile restored = stamp == null ? null : recorded.restore(file, stamp);
        if (restored != null) {
            this.restored.incrementAndGet();
            return restored;
        }
        Diagnostics diagnostics = Diagnostics.recorder();
        StrictText decoded = StrictText.decode(Files.readAllBytes(file.path()), StandardCharsets.UTF_8);
        if (decoded.text() == null) {
            diagnostics.error("encoding-error", SourcePosition.line(file.sourceName(), decoded.badLine()),
                    "not valid UTF-8 (text pasted from a GBK document?); re-save the file as UTF-8");
            return new ContentFile(file, null, diagnostics.inOrder(), false, stamp);
        }
        Page page = page(file, diagnostics);
        return new ContentFile(file, page, diagnostics.inOrder(), decoded.text().contains("include::"), stamp);
    }

    private Page page(SourceFile file, Diagnostics diagnostics) throws IOException {
        ParsedPage parsed = reader.read(file, diagnostics, header -> !header.draft() || drafts);
        if (parsed == null) {
            return null;
        }
        var header = parsed.header();
        if (header.draft() && !drafts) {
            diagnostics.warning("meta.draft", SourcePosition.file(file.sourceName()),
                    "draft not published (status=draft); publish it or build with --drafts to preview it");
            return null;
        }
        PageKind kind = new ContentRules(diagnostics).kindOf(header.type(), file);
        if (kind == null) {
            return null;
        }
        ReplyLetter letter = null;
        if (kind == PageKind.LETTER) {
            String year = file.key().split("/")[1];
            letter = new ReplyLetterReader(diagnostics).read(header.extraView(), header.date(), year, file.sourceName());
            if (letter == null) {
                return null;
            }
            if (!header.draft() && !new PlaceholderCheck(diagnostics).check(Files.readAllLines(file.path(), StandardCharsets.UTF_8),
                    file.sourceName())) {
                return null;
            }
        }
        int order = kind == PageKind.CHAPTER ? Integer.parseInt(header.extra("order")) : 0;
        return new Page(file.key(), file.language(), kind, file.sourceName(), header.title(), header.description(),
                header.date(), order, header.draft(), parsed.body(), letter);
    }
}
