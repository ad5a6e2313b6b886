package org.ipwp.site;

import java.util.List;
import org.ipwp.diag.Diagnostic;

/**
 * One content file as the build read it.
 *
 * @param source      the file
 * @param page        the page it publishes, or {@code null} when it publishes none (a skipped draft,
 *                    or a file with errors)
 * @param diagnostics everything reading it reported (header, encoding, placement, letter metadata,
 *                    conversion), in the order reported
 * @param includes    the file contains {@code include::}, so its page may change when another file does
 * @param stamp       the file's stamp taken before it was read, when it vouches for the file
 *                    ({@link FileStamp#ofSettled}): the next build's record may then stand in for reading it
 */
record ContentFile(SourceFile source, Page page, List<Diagnostic> diagnostics, boolean includes, FileStamp stamp) {

    ContentFile {
        diagnostics = List.copyOf(diagnostics);
    }

    /** A file read without a stamp (the preview reads edited files, which have not settled). */
    ContentFile(SourceFile source, Page page, List<Diagnostic> diagnostics, boolean includes) {
        this(source, page, diagnostics, includes, null);
    }
}
