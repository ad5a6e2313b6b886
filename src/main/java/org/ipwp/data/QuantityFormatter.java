package org.ipwp.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import org.ipwp.i18n.Language;
import org.ipwp.i18n.Messages;

/**
 * Formats a quantity stored in base units for readers of each language, at render time:
 * zh 43870件, 50.22万件, 38.86亿元, 97%; en 43,870, 502,200, 3.886 billion yuan, 97%.
 *
 * <p>Chinese switches to 万 from 100,000 (or as the field's {@link ChineseMagnitude} hint says) and to 亿 from 100,000,000 (the convention of Chinese
 * statistical bulletins), with at most four decimals; English groups thousands and writes money
 * from a million up as "million"/"billion" with at most three decimals. Rounding is half-up on
 * {@link BigDecimal}, never through floating point.
 */
public final class QuantityFormatter {

    private static final BigDecimal WAN = BigDecimal.TEN.pow(4);
    private static final BigDecimal YI = BigDecimal.TEN.pow(8);
    private static final BigDecimal MILLION = BigDecimal.TEN.pow(6);
    private static final BigDecimal BILLION = BigDecimal.TEN.pow(9);
    private static final int ZH_DECIMALS = 4;
    private static final int EN_DECIMALS = 3;

    private final Messages messages;

    public QuantityFormatter(Messages messages) {
        this.messages = messages;
    }

    /** The figure as it reads in a sentence: zh with its measure word, en with currency or % only. */
    public String inProse(BigDecimal value, Unit unit, Language language, ChineseMagnitude hint) {
        if (language == Language.ZH) {
            return chinese(value, unit, hint);
        }
        return english(value, unit, unit.shownInEnglishProse());
    }

    /** The figure as a table cell: the English form also names count units ("502,200 items"). */
    public String inTable(BigDecimal value, Unit unit, Language language, ChineseMagnitude hint) {
        if (language == Language.ZH) {
            return chinese(value, unit, hint);
        }
        return english(value, unit, true);
    }

    /**
     * A number that has no unit (a column without one), formatted like a quantity: zh 50.22万,
     * en 502,200.
     */
    public String number(BigDecimal value, Language language, ChineseMagnitude hint) {
        return language == Language.ZH ? chinese(value, null, hint) : grouped(rounded(value, BigDecimal.ONE, EN_DECIMALS));
    }

    /** Plain digits without grouping or magnitude, for machines ({@code data-value}). */
    public static String machine(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /*
     * The magnitude is chosen after rounding, from the smallest up: a value is first rounded as it
     * would be printed, and only if that printed figure reaches the next threshold does it move up
     * (and is rounded again there). Otherwise 99999999.99999 would read 10000万 instead of 1亿 and
     * 999,999,500 yuan "1,000 million yuan". Choosing from the top down would be wrong the other
     * way: 99,995,000 is exactly 9999.5万, not 1亿. Rounding a value that has reached a threshold
     * once more, at the coarser precision of the larger magnitude, cannot fall below it again.
     */
    private String chinese(BigDecimal value, Unit unit, ChineseMagnitude hint) {
        String word = unit == null ? "" : messages.get(Language.ZH, "unit." + unit.code());
        BigDecimal rounded = rounded(value, BigDecimal.ONE, ZH_DECIMALS);
        if (unit == Unit.PERCENT || hint.wanFrom() == null || rounded.abs().compareTo(hint.wanFrom()) < 0) {
            return plain(rounded) + word;
        }
        BigDecimal wan = rounded(value, WAN, ZH_DECIMALS);
        if (wan.abs().compareTo(YI.divide(WAN)) < 0) {
            return plain(wan) + messages.get(Language.ZH, "magnitude.wan") + word;
        }
        return plain(rounded(value, YI, ZH_DECIMALS)) + messages.get(Language.ZH, "magnitude.yi") + word;
    }

    private String english(BigDecimal value, Unit unit, boolean withUnit) {
        String word = messages.get(Language.EN, "unit." + unit.code());
        BigDecimal rounded = rounded(value, BigDecimal.ONE, EN_DECIMALS);
        if (unit == Unit.PERCENT) {
            return grouped(rounded) + word;
        }
        String number;
        if (unit != Unit.YUAN || rounded.abs().compareTo(MILLION) < 0) {
            number = grouped(rounded);
        } else {
            BigDecimal millions = rounded(value, MILLION, EN_DECIMALS);
            if (millions.abs().compareTo(BILLION.divide(MILLION)) < 0) {
                number = grouped(millions) + " " + messages.get(Language.EN, "magnitude.million");
            } else {
                number = grouped(rounded(value, BILLION, EN_DECIMALS)) + " " + messages.get(Language.EN, "magnitude.billion");
            }
        }
        return withUnit ? number + " " + word : number;
    }

    /**
     * {@code value / unit} rounded half-up. BigDecimal has no negative zero, so a small negative
     * value that rounds to zero prints "0", never "-0".
     */
    private static BigDecimal rounded(BigDecimal value, BigDecimal unit, int maxDecimals) {
        return value.divide(unit).setScale(maxDecimals, RoundingMode.HALF_UP);
    }

    private static String plain(BigDecimal rounded) {
        return rounded.stripTrailingZeros().toPlainString();
    }

    /**
     * Thousands grouping of a value already {@link #rounded}: DecimalFormat rounding on its own keeps
     * the sign of -0.0001 and prints "-0".
     */
    private static String grouped(BigDecimal rounded) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Language.EN.locale()));
        format.setMaximumFractionDigits(Math.max(rounded.scale(), 0));
        return format.format(rounded);
    }
}
