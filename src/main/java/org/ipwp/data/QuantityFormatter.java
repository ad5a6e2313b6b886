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
 * <p>Chinese switches to 万 from 100,000 and to 亿 from 100,000,000 (the convention of Chinese
 * statistical bulletins), with at most four decimals; English groups thousands and writes money
 * from a million up as "million"/"billion" with at most three decimals. Rounding is half-up on
 * {@link BigDecimal}, never through floating point.
 */
public final class QuantityFormatter {

    private static final BigDecimal WAN = BigDecimal.TEN.pow(4);
    private static final BigDecimal YI = BigDecimal.TEN.pow(8);
    private static final BigDecimal MILLION = BigDecimal.TEN.pow(6);
    private static final BigDecimal BILLION = BigDecimal.TEN.pow(9);

    private final Messages messages;

    public QuantityFormatter(Messages messages) {
        this.messages = messages;
    }

    /** The figure as it reads in a sentence: zh with its measure word, en with currency or % only. */
    public String inProse(BigDecimal value, Unit unit, Language language) {
        if (language == Language.ZH) {
            return chinese(value, unit);
        }
        return english(value, unit, unit.shownInEnglishProse());
    }

    /** The figure as a table cell: the English form also names count units ("502,200 items"). */
    public String inTable(BigDecimal value, Unit unit, Language language) {
        if (language == Language.ZH) {
            return chinese(value, unit);
        }
        return english(value, unit, true);
    }

    /** Plain digits without grouping or magnitude, for machines ({@code data-value}). */
    public static String machine(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private String chinese(BigDecimal value, Unit unit) {
        String word = messages.get(Language.ZH, "unit." + unit.code());
        if (unit == Unit.PERCENT) {
            return plain(value, 4) + word;
        }
        BigDecimal magnitude = value.abs();
        if (magnitude.compareTo(YI) >= 0) {
            return plain(value.divide(YI), 4) + messages.get(Language.ZH, "magnitude.yi") + word;
        }
        if (magnitude.compareTo(BigDecimal.TEN.pow(5)) >= 0) {
            return plain(value.divide(WAN), 4) + messages.get(Language.ZH, "magnitude.wan") + word;
        }
        return plain(value, 4) + word;
    }

    private String english(BigDecimal value, Unit unit, boolean withUnit) {
        String word = messages.get(Language.EN, "unit." + unit.code());
        if (unit == Unit.PERCENT) {
            return grouped(value, 3) + word;
        }
        String number;
        BigDecimal magnitude = value.abs();
        if (unit == Unit.YUAN && magnitude.compareTo(BILLION) >= 0) {
            number = grouped(value.divide(BILLION), 3) + " " + messages.get(Language.EN, "magnitude.billion");
        } else if (unit == Unit.YUAN && magnitude.compareTo(MILLION) >= 0) {
            number = grouped(value.divide(MILLION), 3) + " " + messages.get(Language.EN, "magnitude.million");
        } else {
            number = grouped(value, 3);
        }
        return withUnit ? number + " " + word : number;
    }

    private static String plain(BigDecimal value, int maxDecimals) {
        return value.setScale(maxDecimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String grouped(BigDecimal value, int maxDecimals) {
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Language.EN.locale()));
        format.setRoundingMode(RoundingMode.HALF_UP);
        format.setMaximumFractionDigits(maxDecimals);
        return format.format(value);
    }
}
