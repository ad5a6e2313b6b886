package org.ipwp.letters;

import java.util.List;
import org.ipwp.content.PageHeaderParser;
import org.ipwp.diag.Diagnostics;
import org.ipwp.diag.SourcePosition;

/**
 * Keeps a scaffold's placeholders off the published site: a letter marked {@code status=published}
 * that still holds a {@value LetterScaffold#MARKER} placeholder or the unknown proposal number
 * {@value LetterScaffold#UNKNOWN_PROPOSAL} is an error at each such line. {@code status=draft}
 * alone would not be enough: an editor who publishes a half-filled letter must be stopped too.
 * Drafts are not checked, so the scaffold can be previewed with {@code --drafts}.
 */
public final class PlaceholderCheck {

    private static final String COMMENT = "//";
    private static final String COMMENT_BLOCK = "////";

    private final Diagnostics diagnostics;

    public PlaceholderCheck(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * Checks every line of a letter file except AsciiDoc comments (the scaffold's instructions
     * mention the marker, and comments never reach the page).
     *
     * @param lines      the file's lines, header included
     * @param sourceName repository-relative path for diagnostics
     * @return whether the file holds no placeholder
     */
    public boolean check(List<String> lines, String sourceName) {
        boolean clean = true;
        boolean inCommentBlock = false;
        int separator = lines.indexOf(PageHeaderParser.SEPARATOR);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals(COMMENT_BLOCK)) {
                inCommentBlock = !inCommentBlock;
                continue;
            }
            if (inCommentBlock || line.startsWith(COMMENT)) {
                continue;
            }
            if (line.contains(LetterScaffold.MARKER)) {
                diagnostics.error("letter.placeholder", SourcePosition.line(sourceName, i + 1),
                        "a published letter still holds a " + LetterScaffold.MARKER
                                + " placeholder; fill it in from the original, or keep status=draft");
                clean = false;
            } else if (i < separator && line.replace(" ", "").equals("proposalNumber=" + LetterScaffold.UNKNOWN_PROPOSAL)) {
                diagnostics.error("letter.placeholder", SourcePosition.line(sourceName, i + 1),
                        "proposalNumber=" + LetterScaffold.UNKNOWN_PROPOSAL + " marks an unknown number;"
                                + " write the number of the suggestion or proposal, or keep status=draft");
                clean = false;
            }
        }
        return clean;
    }
}
