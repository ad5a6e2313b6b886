package org.ipwp.site;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.ipwp.content.ConvertedBody;
import org.ipwp.diag.Diagnostic;
import org.ipwp.i18n.Language;
import org.ipwp.letters.DocumentNumber;
import org.ipwp.letters.LetterKind;
import org.ipwp.letters.ReplyLetter;
import org.ipwp.store.StoredText;

/**
 * What the build record keeps of a content file so that the next build need not read it: its
 * stamp, its page without the body, everything reading it reported, and the conversion cache entry
 * that holds its body. A cached rebuild of a thousand pages otherwise reads, decodes, splits and
 * hashes every unchanged file while JRuby starts on the same two cores (about 0.3 s, issue 9).
 *
 * <p>Only files whose stamp vouches for them ({@link FileStamp#ofSettled}) and whose page does not
 * depend on other files ({@code include::}) are recorded. A restored file is the file as read,
 * {@code equals} included ({@code RecordedContentFileTest} checks every file of the repository
 * site).
 *
 * @param stamp       the stamp the file had when it was read
 * @param page        its page without the body, or {@code null} when it publishes none
 * @param diagnostics everything reading it reported, in order
 * @param bodyKey     the conversion cache entry of the page's body, or {@code null} without a page
 */
record RecordedContentFile(FileStamp stamp, Page page, List<Diagnostic> diagnostics, String bodyKey) {

    RecordedContentFile {
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * What to record of {@code file}, or {@code null} when the next build must read it.
     *
     * @param bodyKey the conversion cache entry its body was served from or stored in, or {@code null}
     */
    static RecordedContentFile of(ContentFile file, String bodyKey) {
        if (file.stamp() == null || file.includes() || (file.page() != null && bodyKey == null)) {
            return null;
        }
        return new RecordedContentFile(file.stamp(), file.page() == null ? null : file.page().withoutBody(),
                file.diagnostics(), file.page() == null ? null : bodyKey);
    }

    /**
     * {@code source} as the recorded build read it, if it still has the recorded stamp and its body
     * is still in the conversion cache; else {@code null}, and the file is read.
     *
     * @param bodies the body of a conversion cache entry, or {@code null} if the cache lost it
     */
    ContentFile restore(SourceFile source, FileStamp now, Function<String, ConvertedBody> bodies) {
        if (!stamp.equals(now)) {
            return null;
        }
        if (page == null) {
            return new ContentFile(source, null, diagnostics, false, stamp);
        }
        if (!page.key().equals(source.key()) || page.language() != source.language()
                || !page.sourceName().equals(source.sourceName())) {
            return null;
        }
        ConvertedBody body = bodies.apply(bodyKey);
        if (body == null) {
            return null;
        }
        Page restored = new Page(page.key(), page.language(), page.kind(), page.sourceName(), page.title(),
                page.description(), page.date(), page.order(), page.draft(), body, page.letter());
        return new ContentFile(source, restored, diagnostics, false, stamp);
    }

    void writeTo(DataOutputStream out) throws IOException {
        stamp.writeTo(out);
        out.writeBoolean(page != null);
        if (page != null) {
            writePage(out, page);
        }
        out.writeInt(diagnostics.size());
        for (Diagnostic diagnostic : diagnostics) {
            diagnostic.writeTo(out);
        }
        StoredText.write(out, bodyKey);
    }

    static RecordedContentFile readFrom(DataInputStream in) throws IOException {
        FileStamp stamp = FileStamp.readFrom(in);
        Page page = in.readBoolean() ? readPage(in) : null;
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int i = StoredText.readCount(in); i > 0; i--) {
            diagnostics.add(Diagnostic.readFrom(in));
        }
        return new RecordedContentFile(stamp, page, diagnostics, StoredText.read(in));
    }

    private static void writePage(DataOutputStream out, Page page) throws IOException {
        StoredText.write(out, page.key());
        StoredText.write(out, page.language().code());
        StoredText.write(out, page.kind().name());
        StoredText.write(out, page.sourceName());
        StoredText.write(out, page.title());
        StoredText.write(out, page.description());
        writeDate(out, page.date());
        out.writeInt(page.order());
        out.writeBoolean(page.draft());
        ReplyLetter letter = page.letter();
        out.writeBoolean(letter != null);
        if (letter != null) {
            StoredText.write(out, letter.documentNumber().issuerCode());
            out.writeInt(letter.documentNumber().year());
            out.writeInt(letter.documentNumber().serial());
            StoredText.write(out, letter.proposalNumber());
            StoredText.write(out, letter.session());
            StoredText.write(out, letter.kind().name());
            StoredText.write(out, letter.deputy());
            StoredText.write(out, letter.proposalTitle());
            StoredText.write(out, letter.office());
            writeTexts(out, letter.coHandlers());
            StoredText.write(out, letter.signer());
            StoredText.write(out, letter.contact());
            StoredText.write(out, letter.phone());
            StoredText.write(out, letter.postcode());
            writeDate(out, letter.date());
            out.writeBoolean(letter.original());
            writeTexts(out, letter.attachments());
        }
    }

    private static Page readPage(DataInputStream in) throws IOException {
        String key = StoredText.read(in);
        Language language = Language.ofCode(StoredText.read(in)).orElseThrow(() -> new IOException("unknown language"));
        PageKind kind = PageKind.valueOf(StoredText.read(in));
        String sourceName = StoredText.read(in);
        String title = StoredText.read(in);
        String description = StoredText.read(in);
        LocalDate date = readDate(in);
        int order = in.readInt();
        boolean draft = in.readBoolean();
        ReplyLetter letter = null;
        if (in.readBoolean()) {
            DocumentNumber number = new DocumentNumber(StoredText.read(in), in.readInt(), in.readInt());
            String proposalNumber = StoredText.read(in);
            String session = StoredText.read(in);
            LetterKind letterKind = LetterKind.valueOf(StoredText.read(in));
            String deputy = StoredText.read(in);
            String proposalTitle = StoredText.read(in);
            String office = StoredText.read(in);
            List<String> coHandlers = readTexts(in);
            String signer = StoredText.read(in);
            String contact = StoredText.read(in);
            String phone = StoredText.read(in);
            String postcode = StoredText.read(in);
            LocalDate letterDate = readDate(in);
            boolean original = in.readBoolean();
            letter = new ReplyLetter(number, proposalNumber, session, letterKind, deputy, proposalTitle, office, coHandlers,
                    signer, contact, phone, postcode, letterDate, original, readTexts(in));
        }
        return new Page(key, language, kind, sourceName, title, description, date, order, draft, null, letter);
    }

    private static void writeDate(DataOutputStream out, LocalDate date) throws IOException {
        StoredText.write(out, date == null ? null : date.toString());
    }

    private static LocalDate readDate(DataInputStream in) throws IOException {
        String date = StoredText.read(in);
        return date == null ? null : LocalDate.parse(date);
    }

    private static void writeTexts(DataOutputStream out, List<String> texts) throws IOException {
        out.writeInt(texts.size());
        for (String text : texts) {
            StoredText.write(out, text);
        }
    }

    private static List<String> readTexts(DataInputStream in) throws IOException {
        List<String> texts = new ArrayList<>();
        for (int i = StoredText.readCount(in); i > 0; i--) {
            texts.add(StoredText.read(in));
        }
        return texts;
    }
}
