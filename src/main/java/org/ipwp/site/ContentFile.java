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
 */
record ContentFile(SourceFile source, Page page, List<Diagnostic> diagnostics, boolean includes) {

    ContentFile {
        diagnostics = List.copyOf(diagnostics);
    }
}
