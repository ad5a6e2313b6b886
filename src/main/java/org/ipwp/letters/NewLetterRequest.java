package org.ipwp.letters;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What an editor knows when starting a reply letter: the inputs of {@code ipwp new letter}. The
 * optional values are {@code null} when not given; {@link LetterScaffold} turns them into
 * placeholders. The constructor rejects what would give a scaffold the build refuses, so that a
 * mistake is reported before any file is written.
 *
 * @param number         发文字号; its year must be the year of {@code date}
 * @param date           date of issue; it also names the year folder
 * @param name           file name without {@code .adoc}, which becomes the page's URL
 * @param kind           suggestion or proposal
 * @param proposalNumber the suggestion/proposal number (1 to 4 digits), or {@code null}
 * @param deputy         the deputy or member answered, in Chinese, or {@code null}
 * @param session        the congress session in Chinese, e.g. 市五届人大三次会议, or {@code null}
 * @param title          the Chinese title, or {@code null} to derive it from the session and number
 */
public record NewLetterRequest(DocumentNumber number, LocalDate date, String name, LetterKind kind,
                               String proposalNumber, String deputy, String session, String title) {

    /** The names the build accepts for a letter page (lower-case, URL-safe, no doubled hyphens). */
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public NewLetterRequest {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (number.year() != date.getYear()) {
            // The build checks the same (letter.bad-number); refusing here keeps a wrong year out of
            // the file name's folder, which would otherwise have to be moved by hand.
            throw new IllegalArgumentException("the document number " + number + " is of " + number.year()
                    + " but the date " + date + " is in " + date.getYear() + "; a letter is numbered in the year it is issued");
        }
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name '" + name + "' may only use lower-case letters a-z, digits and single"
                    + " hyphens, e.g. yushijianhan-155; it becomes the page's URL");
        }
        if (proposalNumber != null && !proposalNumber.matches("\\d{1,4}")) {
            throw new IllegalArgumentException("proposal number '" + proposalNumber + "' must be 1 to 4 digits, e.g. 0584");
        }
        if (LetterScaffold.UNKNOWN_PROPOSAL.equals(proposalNumber)) {
            throw new IllegalArgumentException("proposal number " + LetterScaffold.UNKNOWN_PROPOSAL
                    + " is the scaffold's mark for an unknown number; leave it out instead");
        }
        deputy = oneLine(deputy, "deputy");
        session = oneLine(session, "session");
        title = oneLine(title, "title");
    }

    /**
     * The default file name, {@code letter-<serial>}: a readable name would be the pinyin of the
     * issuer code (yushijianhan for 渝市监函), which cannot be derived without a dictionary.
     */
    public static String defaultName(DocumentNumber number) {
        return "letter-" + number.serial();
    }

    /** The year folder: {@code letters/<year>/}. */
    public int year() {
        return date.getYear();
    }

    /** Null stays null; otherwise stripped and refused when it could break the {@code key=value} header. */
    private static String oneLine(String value, String what) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(what + " is empty; leave it out to get a placeholder");
        }
        if (stripped.contains("\n") || stripped.contains("\r")) {
            throw new IllegalArgumentException(what + " must be one line (it is a header value)");
        }
        if (stripped.contains(LetterScaffold.MARKER)) {
            throw new IllegalArgumentException(what + " must not contain " + LetterScaffold.MARKER
                    + ", which marks placeholders that block publishing");
        }
        return stripped;
    }
}
