package org.ipwp.letters;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ipwp.diag.Diagnostics;
import org.ipwp.diag.SourcePosition;

/**
 * Builds a {@link ReplyLetter} from a letter page's header values, validating the document number,
 * kind, proposal number and translation flag.
 */
public final class ReplyLetterReader {

    /** Attachments: a plain lower-case file name in a format readers can open without special software. */
    private static final java.util.regex.Pattern ATTACHMENT = java.util.regex.Pattern.compile("[a-z0-9]+([._-][a-z0-9]+)*\\.(pdf|ofd|png|jpg)");

    private final Diagnostics diagnostics;

    public ReplyLetterReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * @param header     the header's letter keys
     * @param date       the header date
     * @param folderYear the year folder the letter sits in ({@code letters/2020/})
     * @param sourceName for diagnostics
     * @return the letter, or {@code null} after reporting problems
     */
    public ReplyLetter read(Map<String, String> header, LocalDate date, String folderYear, String sourceName) {
        SourcePosition at = SourcePosition.file(sourceName);
        boolean ok = true;
        DocumentNumber.Parsed parsed = DocumentNumber.parse(header.get("docNumber"));
        DocumentNumber number = parsed.number();
        if (number == null) {
            diagnostics.error("letter.bad-number", at, "docNumber " + parsed.problem());
            ok = false;
        } else if (number.year() != date.getYear()) {
            diagnostics.error("letter.bad-number", at, "docNumber year " + number.year() + " differs from the letter's date " + date);
            ok = false;
        }
        if (!String.valueOf(date.getYear()).equals(folderYear)) {
            diagnostics.error("letter.wrong-folder", at, "a letter dated " + date + " belongs in letters/" + date.getYear() + "/");
            ok = false;
        }
        LetterKind kind = LetterKind.ofCode(header.get("kind")).orElse(null);
        if (kind == null) {
            diagnostics.error("meta.bad-value", at, "kind must be npc-suggestion (人大建议) or cppcc-proposal (政协提案), got '" + header.get("kind") + "'");
            ok = false;
        }
        if (!header.get("proposalNumber").matches("\\d{1,4}")) {
            diagnostics.error("meta.bad-value", at, "proposalNumber must be digits, e.g. 0584");
            ok = false;
        }
        String translation = header.get("translation");
        if (!translation.equals("original") && !translation.equals("unofficial")) {
            diagnostics.error("meta.bad-value", at, "translation must be 'original' or 'unofficial', got '" + translation + "'");
            ok = false;
        }
        List<String> attachments = Arrays.stream(header.getOrDefault("attachments", "").split(";")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        for (String attachment : attachments) {
            if (!ATTACHMENT.matcher(attachment).matches()) {
                diagnostics.error("meta.bad-value", at, "attachment '" + attachment + "' must be a lower-case file name ending in "
                        + ".pdf, .ofd, .png or .jpg, placed in the folder named like the letter (letters/<year>/<name>/)");
                ok = false;
            }
        }
        if (!ok) {
            return null;
        }
        List<String> coHandlers = Arrays.stream(header.get("coHandlers").split(";")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        return new ReplyLetter(number, header.get("proposalNumber"), header.get("session"), kind, header.get("deputy"),
                header.get("proposalTitle"), header.get("office"), coHandlers, header.get("signer"), header.get("contact"),
                header.get("phone"), header.get("postcode"), date, translation.equals("original"), attachments);
    }
}
