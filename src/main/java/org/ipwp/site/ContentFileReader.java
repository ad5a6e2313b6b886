package org.ipwp.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private final JBakePageReader reader;
    private final boolean drafts;

    /**
     * @param root       the site folder
     * @param jbakeOutput the destination folder JBake's configuration names (JBake writes nothing there)
     * @param converter  converts the bodies (possibly through the conversion cache)
     * @param drafts     publish {@code status=draft} pages
     */
    ContentFileReader(Path root, Path jbakeOutput, BodyConverter converter, boolean drafts) {
        this.reader = new JBakePageReader(root, jbakeOutput, converter);
        this.drafts = drafts;
    }

    ContentFile read(SourceFile file) throws IOException {
        Diagnostics diagnostics = Diagnostics.recorder();
        StrictText decoded = StrictText.decode(Files.readAllBytes(file.path()), StandardCharsets.UTF_8);
        if (decoded.text() == null) {
            diagnostics.error("encoding-error", SourcePosition.line(file.sourceName(), decoded.badLine()),
                    "not valid UTF-8 (text pasted from a GBK document?); re-save the file as UTF-8");
            return new ContentFile(file, null, diagnostics.inOrder(), false);
        }
        Page page = page(file, diagnostics);
        return new ContentFile(file, page, diagnostics.inOrder(), decoded.text().contains("include::"));
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
