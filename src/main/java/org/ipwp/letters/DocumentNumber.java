package org.ipwp.letters;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Chinese official document number (发文字号) such as 渝市监函〔2020〕155号: issuer code, year in
 * hexagonal brackets 〔〕 (GB/T 9704), serial number.
 */
public record DocumentNumber(String issuerCode, int year, int serial) {

    private static final Pattern FORMAT = Pattern.compile("(\\p{IsHan}+)〔(\\d{4})〕(\\d{1,4})号");

    /** Result of {@link #parse}: the number, or why the text is not one (a phrase starting with the text). */
    public record Parsed(DocumentNumber number, String problem) {
    }

    /** Parses {@code text} of the form 渝市监函〔2020〕155号. */
    public static Parsed parse(String text) {
        Matcher matcher = FORMAT.matcher(text);
        if (!matcher.matches()) {
            return new Parsed(null, "'" + text + "' is not a document number like 渝市监函〔2020〕155号"
                    + " (year in 〔〕, then the serial and 号)");
        }
        String serial = matcher.group(3);
        int value = Integer.parseInt(serial);
        if (serial.length() > 1 && serial.charAt(0) == '0') {
            // GB/T 9704 forbids padding the serial (不编虚位: 1, not 01). Accepting 015 would also let the
            // site print 15 (toString) where the source says 015, and give one letter two spellings.
            return new Parsed(null, "'" + text + "' pads the serial with zeros; write " + value + ", not " + serial);
        }
        return new Parsed(new DocumentNumber(matcher.group(1), Integer.parseInt(matcher.group(2)), value), null);
    }

    @Override
    public String toString() {
        return issuerCode + "〔" + year + "〕" + serial + "号";
    }
}
