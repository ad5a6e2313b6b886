package org.ipwp.letters;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Chinese official document number (发文字号) such as 渝市监函〔2020〕155号: issuer code, year in
 * hexagonal brackets 〔〕 (GB/T 9704), serial number.
 */
public record DocumentNumber(String issuerCode, int year, int serial) {

    private static final Pattern FORMAT = Pattern.compile("(\\p{IsHan}+)〔(\\d{4})〕(\\d{1,4})号");

    /** Parses {@code text}; empty when it is not of the form 渝市监函〔2020〕155号. */
    public static Optional<DocumentNumber> parse(String text) {
        Matcher matcher = FORMAT.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new DocumentNumber(matcher.group(1), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3))));
    }

    @Override
    public String toString() {
        return issuerCode + "〔" + year + "〕" + serial + "号";
    }
}
