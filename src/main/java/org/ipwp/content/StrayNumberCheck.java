package org.ipwp.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipwp.diag.Diagnostics;
import org.ipwp.diag.SourcePosition;

/**
 * Finds figures typed into prose that equal a value the datasets hold ("43870件", "50.22万",
 * "502,200", "3.886 billion"), which should be quoted with {@code figure:} so that a correction
 * of the data reaches every language, table and download. A warning (an error under
 * {@code --strict}) at the number's line and column; archived letters are exempt (quoted
 * verbatim).
 *
 * <p>A number followed directly by a letter ("13th") is not a figure. Values below 10 are not checked: "Chapter 2", "two" or a list number would match too many
 * small counts to be useful.
 */
final class StrayNumberCheck {

    private static final BigDecimal SMALLEST_CHECKED = BigDecimal.TEN;
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![A-Za-z\\p{N}.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?:\\s?(亿|万|million|billion))?(?![\\p{N}A-Za-z])");
    private static final Map<String, BigDecimal> MULTIPLIERS = Map.of(
            "万", BigDecimal.TEN.pow(4), "亿", BigDecimal.TEN.pow(8),
            "million", BigDecimal.TEN.pow(6), "billion", BigDecimal.TEN.pow(9));

    private final Map<BigDecimal, List<String>> quotable;

    /** @param quotable every dataset value (stripped of trailing zeros) and the macros that quote it */
    StrayNumberCheck(Map<BigDecimal, List<String>> quotable) {
        this.quotable = quotable;
    }

    void check(String html, ConversionContext conversion, Diagnostics diagnostics) {
        // Figures placed from the data, code and the data tables are not prose; neither is a name
        // that contains digits, which editors mark [.verbatim]#"1+7+5+10"# (see ProseText).
        int searchFrom = conversion.request().bodyLine();
        for (String text : ProseText.of(html)) {
            Matcher matcher = NUMBER.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            // A number starts with an ASCII digit, so the pattern is tried at the digits only, as
            // find() would try it at every character (a fifth of this check on a 1,000-page build).
            // Transparent bounds let the look-behind see the text before the digit.
            for (int digit = nextDigit(text, 0); digit >= 0; ) {
                if (!matcher.region(digit, text.length()).lookingAt()) {
                    digit = nextDigit(text, digit + 1);
                    continue;
                }
                digit = nextDigit(text, matcher.end());
                BigDecimal value = valueOf(matcher);
                if (value.abs().compareTo(SMALLEST_CHECKED) < 0) {
                    continue;
                }
                List<String> macros = quotable.get(value);
                if (macros == null) {
                    continue;
                }
                String literal = matcher.group();
                SourcePosition at = conversion.find(literal, searchFrom);
                if (at.line() > 0) {
                    searchFrom = at.line();
                }
                diagnostics.warning("content.stray-number", at, "'" + literal + "' is typed in the text but equals "
                        + String.join(" and ", macros) + "; quote it with " + macros.get(0)
                        + " so that both languages, the tables and the downloads follow the data");
            }
        }
    }

    /** The index of the first ASCII digit of {@code text} at or after {@code from}, or -1 ({@code \\d} matches no other). */
    private static int nextDigit(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return i;
            }
        }
        return -1;
    }

    private static BigDecimal valueOf(Matcher matcher) {
        String digits = matcher.group(1).replace(",", "") + (matcher.group(2) == null ? "" : matcher.group(2));
        BigDecimal value = new BigDecimal(digits);
        if (matcher.group(3) != null) {
            value = value.multiply(MULTIPLIERS.get(matcher.group(3)));
        }
        return value.stripTrailingZeros();
    }
}
