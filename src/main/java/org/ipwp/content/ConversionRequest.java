package org.ipwp.content;

import java.time.LocalDate;
import java.util.List;
import org.ipwp.i18n.Language;

/**
 * What to convert: the whole file's lines (the header is blanked so that Asciidoctor's line
 * numbers are the file's line numbers) and the page facts the extensions need.
 *
 * @param pageUrl the page's site path (a folder such as {@code zh/whitepaper/02-management/}),
 *                from which the extensions make relative links
 */
public record ConversionRequest(String sourceName, List<String> lines, int bodyLine, Language language,
                                PageType type, LocalDate date, String pageUrl) {

    public ConversionRequest {
        lines = List.copyOf(lines);
    }

    /** The text handed to Asciidoctor: header lines replaced by empty lines. */
    public String asciidocSource() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i + 1 >= bodyLine) {
                text.append(lines.get(i));
            }
            text.append('\n');
        }
        return text.toString();
    }
}
