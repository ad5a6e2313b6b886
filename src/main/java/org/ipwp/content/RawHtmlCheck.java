package org.ipwp.content;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipwp.diag.Diagnostics;
import org.ipwp.diag.SourcePosition;

/**
 * Lints the AsciiDoc source before conversion. SAFE mode does not stop raw HTML: a passthrough
 * block ({@code ++++}), a {@code [pass]} block, {@code pass:[…]}, {@code +++…+++} and
 * {@code $$…$$} copy markup into the page unescaped. They are refused ({@code adoc.raw-html})
 * unless the page declares the attribute entry {@value #ALLOW} in its body, which a reviewer can
 * see in the diff. Attribute entries that change how the page is rendered or what it may read
 * ({@code source-highlighter}, {@code backend}, {@code docinfo}, {@code stylesheet}, …) are
 * refused too ({@code adoc.locked-attribute}): the site's templates decide those. Content of
 * listing, literal and comment blocks is not checked (it is shown or dropped, never passed through).
 */
final class RawHtmlCheck {

    static final String ALLOW = ":ipwp-allow-raw-html:";

    private static final Pattern VERBATIM_DELIMITER = Pattern.compile("^(-{4,}|\\.{4,}|/{4,})\\s*$");
    private static final Pattern PASS_BLOCK = Pattern.compile("^\\+{4,}\\s*$");
    private static final Pattern PASS_STYLE = Pattern.compile("^\\[pass(?:[,\\]])");
    private static final Pattern INLINE_PASS = Pattern.compile("pass:[a-z,]*\\[|\\+\\+\\+|\\$\\$");
    private static final Pattern ATTRIBUTE_ENTRY = Pattern.compile("^:!?([A-Za-z0-9_][A-Za-z0-9_-]*)!?:");
    private static final Set<String> LOCKED = Set.of("source-highlighter", "backend", "basebackend", "doctype", "docinfo",
            "docinfodir", "docinfosubs", "stylesheet", "stylesdir", "linkcss", "copycss", "webfonts", "iconfont-remote",
            "iconfont-cdn", "data-uri", "allow-uri-read", "max-include-depth", "outfilesuffix", "safe-mode-level");

    private RawHtmlCheck() {
    }

    static void check(ConversionRequest request, Diagnostics diagnostics) {
        List<String> lines = request.asciidocSource().lines().toList();
        boolean allowed = lines.stream().anyMatch(l -> l.strip().equals(ALLOW) || l.strip().startsWith(ALLOW + " "));
        String verbatim = null;
        boolean inPass = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1;
            if (verbatim != null) {
                if (line.strip().equals(verbatim)) {
                    verbatim = null;
                }
                continue;
            }
            if (inPass) {
                if (PASS_BLOCK.matcher(line).matches()) {
                    inPass = false;
                }
                continue;
            }
            if (VERBATIM_DELIMITER.matcher(line).matches()) {
                verbatim = line.strip();
                continue;
            }
            if (line.startsWith("//")) {
                continue;
            }
            Matcher attribute = ATTRIBUTE_ENTRY.matcher(line);
            if (attribute.find() && LOCKED.contains(attribute.group(1))) {
                diagnostics.error("adoc.locked-attribute", new SourcePosition(request.sourceName(), number, 1),
                        "attribute '" + attribute.group(1) + "' is set by the site, not by a page; delete this line");
                continue;
            }
            if (allowed) {
                continue;
            }
            if (PASS_BLOCK.matcher(line).matches()) {
                inPass = true;
                diagnostics.error("adoc.raw-html", new SourcePosition(request.sourceName(), number, 1),
                        "passthrough block (++++) puts raw HTML into the page; write AsciiDoc instead, or add the line '"
                                + ALLOW + "' to the page after review");
                continue;
            }
            if (PASS_STYLE.matcher(line).find()) {
                diagnostics.error("adoc.raw-html", new SourcePosition(request.sourceName(), number, 1),
                        "[pass] block puts raw HTML into the page; write AsciiDoc instead, or add the line '" + ALLOW
                                + "' to the page after review");
                continue;
            }
            // The plain searches first: the pattern's alternatives cost more, tried at every character.
            if (!line.contains("pass:") && !line.contains("+++") && !line.contains("$$")) {
                continue;
            }
            Matcher inline = INLINE_PASS.matcher(line);
            if (inline.find()) {
                diagnostics.error("adoc.raw-html", new SourcePosition(request.sourceName(), number, inline.start() + 1),
                        "inline passthrough (" + inline.group() + ") puts raw HTML into the page; write AsciiDoc instead, or add"
                                + " the line '" + ALLOW + "' to the page after review");
            }
        }
    }
}
