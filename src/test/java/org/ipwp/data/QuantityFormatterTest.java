package org.ipwp.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.ipwp.i18n.Language;
import org.ipwp.i18n.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QuantityFormatterTest {

    private static QuantityFormatter formatter;

    @BeforeAll
    static void loadRealBundles() {
        formatter = new QuantityFormatter(RealMessages.load());
    }

    private static String zh(String value, Unit unit) {
        return formatter.inProse(new BigDecimal(value), unit, Language.ZH, ChineseMagnitude.AUTO);
    }

    private static String en(String value, Unit unit) {
        return formatter.inProse(new BigDecimal(value), unit, Language.EN, ChineseMagnitude.AUTO);
    }

    private static String enTable(String value, Unit unit) {
        return formatter.inTable(new BigDecimal(value), unit, Language.EN, ChineseMagnitude.AUTO);
    }

    // --- Chinese ---------------------------------------------------------------------------------

    @Test
    void zhBelowHundredThousandIsPlainDigitsWithMeasureWord() {
        assertEquals("43870件", zh("43870", Unit.PIECE));
    }

    @Test
    void zhJustBelowHundredThousandStaysPlain() {
        assertEquals("99999件", zh("99999", Unit.PIECE));
    }

    @Test
    void zhFromHundredThousandSwitchesToWan() {
        assertEquals("10万件", zh("100000", Unit.PIECE));
    }

    @Test
    void zhWanKeepsSignificantDecimals() {
        assertEquals("50.22万件", zh("502200", Unit.PIECE));
    }

    @Test
    void zhFromHundredMillionSwitchesToYi() {
        assertEquals("38.86亿元", zh("3886000000", Unit.YUAN));
    }

    @Test
    void zhYiDropsTrailingZeros() {
        assertEquals("12.3亿元", zh("1230000000", Unit.YUAN));
    }

    @Test
    void zhRoundsToFourDecimalsHalfUp() {
        assertEquals("1.2346亿件", zh("123456789", Unit.PIECE));
    }

    @Test
    void zhRoundsHalfUpNotHalfEven() {
        assertEquals("12.3457万件", zh("123456.5", Unit.PIECE));
    }

    @Test
    void zhPercentHasNoMagnitude() {
        assertEquals("97%", zh("97", Unit.PERCENT));
    }

    @Test
    void zhNegativeValueUsesMagnitudeOfItsAbsoluteValue() {
        assertEquals("-50.22万件", zh("-502200", Unit.PIECE));
    }

    @Test
    void zhVerySmallDecimalKeepsFourDecimals() {
        assertEquals("0.0001件", zh("0.0001", Unit.PIECE));
    }

    @Test
    void zhDecimalBelowFourPlacesRoundsToZero() {
        assertEquals("0件", zh("0.00001", Unit.PIECE));
    }

    @Test
    void zhUsesTheMeasureWordOfTheUnit() {
        assertEquals("12个工作日", zh("12", Unit.WORKDAY));
    }

    @Test
    void zhTableIsTheSameAsProse() {
        assertEquals("50.22万件", formatter.inTable(new BigDecimal("502200"), Unit.PIECE, Language.ZH, ChineseMagnitude.AUTO));
    }

    @Test
    void zhRoundingThatReachesYiSwitchesToYi() {
        assertEquals("1亿件", zh("99999999.99999", Unit.PIECE));
    }

    @Test
    void zhRoundingThatReachesHundredThousandSwitchesToWan() {
        assertEquals("10万件", zh("99999.99996", Unit.PIECE));
    }

    @Test
    void zhRoundingJustShortOfHundredThousandStaysPlain() {
        assertEquals("99999.9999件", zh("99999.99994", Unit.PIECE));
    }

    @Test
    void zhRoundingJustShortOfYiStaysWan() {
        assertEquals("9999.9999万件", zh("99999999.4", Unit.PIECE));
    }

    @Test
    void zhHalfAYuanBelowYiRoundsUpToYi() {
        assertEquals("1亿元", zh("99999999.5", Unit.YUAN));
    }

    @Test
    void zhMagnitudeIsChosenAfterRoundingInTheSmallerMagnitude() {
        // Exactly 9999.5万; rounding at 亿 precision first would wrongly give 1亿.
        assertEquals("9999.5万件", zh("99995000", Unit.PIECE));
    }

    @Test
    void zhNegativeRoundingThatReachesYiSwitchesToYi() {
        assertEquals("-1亿元", zh("-99999999.5", Unit.YUAN));
    }

    @Test
    void zhNegativeRoundingThatReachesHundredThousandSwitchesToWan() {
        assertEquals("-10万件", zh("-99999.99995", Unit.PIECE));
    }

    @Test
    void zhNegativeJustBelowHundredThousandStaysPlain() {
        assertEquals("-99999件", zh("-99999", Unit.PIECE));
    }

    @Test
    void zhNegativeFromHundredThousandSwitchesToWan() {
        assertEquals("-10万件", zh("-100000", Unit.PIECE));
    }

    @Test
    void zhNegativeYi() {
        assertEquals("-38.86亿元", zh("-3886000000", Unit.YUAN));
    }

    @Test
    void zhVeryLargeYuanStaysInYi() {
        // There is no larger magnitude than 亿 (no 万亿): 1.23e15 is 12,300,000亿, written without grouping.
        assertEquals("12300000亿元", zh("1.23E15", Unit.YUAN));
    }

    @Test
    void zhNegativeVeryLargeYuan() {
        assertEquals("-12300000亿元", zh("-1230000000000000", Unit.YUAN));
    }

    @Test
    void zhTrillionPiecesIsTenThousandYi() {
        assertEquals("10000亿件", zh("1000000000000", Unit.PIECE));
    }

    @Test
    void zhVeryLargeValueKeepsFourDecimalsOfYi() {
        assertEquals("12345678.9亿元", zh("1234567890000000", Unit.YUAN));
    }

    @Test
    void zhHalfOfTheFourthDecimalRoundsUp() {
        assertEquals("0.0001件", zh("0.00005", Unit.PIECE));
    }

    @Test
    void zhLessThanHalfOfTheFourthDecimalRoundsToZero() {
        assertEquals("0件", zh("0.00004", Unit.PIECE));
    }

    @Test
    void zhNegativeValueRoundingToZeroHasNoMinusSign() {
        assertEquals("0件", zh("-0.00004", Unit.PIECE));
    }

    @Test
    void zhNegativeHalfOfTheFourthDecimalRoundsAwayFromZero() {
        assertEquals("-0.0001件", zh("-0.00005", Unit.PIECE));
    }

    @Test
    void zhNegativePercentRoundingToZeroHasNoMinusSign() {
        assertEquals("0%", zh("-0.00001", Unit.PERCENT));
    }

    @Test
    void zhLargePercentHasNoMagnitude() {
        assertEquals("250000%", zh("250000", Unit.PERCENT));
    }

    // --- English -------------------------------------------------------------------------------

    @Test
    void enGroupsThousandsWithoutUnitInProse() {
        assertEquals("43,870", en("43870", Unit.PIECE));
    }

    @Test
    void enHasNoWanMagnitude() {
        assertEquals("502,200", en("502200", Unit.PIECE));
    }

    @Test
    void enYuanFromABillionIsBillionYuan() {
        assertEquals("3.886 billion yuan", en("3886000000", Unit.YUAN));
    }

    @Test
    void enBillionKeepsThreeDecimals() {
        assertEquals("4.594 billion yuan", en("4594000000", Unit.YUAN));
    }

    @Test
    void enYuanFromAMillionIsMillionYuan() {
        assertEquals("2.5 million yuan", en("2500000", Unit.YUAN));
    }

    @Test
    void enYuanBelowAMillionIsGroupedDigits() {
        assertEquals("999,999 yuan", en("999999", Unit.YUAN));
    }

    @Test
    void enCountUnitsNeverUseMillion() {
        assertEquals("123,456,789", en("123456789", Unit.PIECE));
    }

    @Test
    void enPercentIsAttached() {
        assertEquals("97%", en("97", Unit.PERCENT));
    }

    @Test
    void enTableShowsTheCountUnitWord() {
        assertEquals("502,200 items", enTable("502200", Unit.PIECE));
    }

    @Test
    void enTableYuanIsTheSameAsProse() {
        assertEquals("3.886 billion yuan", enTable("3886000000", Unit.YUAN));
    }

    @Test
    void enNegativeGroupedValue() {
        assertEquals("-502,200", en("-502200", Unit.PIECE));
    }

    @Test
    void enNegativeMillionsOfYuan() {
        assertEquals("-2.5 million yuan", en("-2500000", Unit.YUAN));
    }

    @Test
    void enRoundsToThreeDecimalsHalfUp() {
        assertEquals("1,234.563", en("1234.5625", Unit.PIECE));
    }

    @Test
    void enVerySmallDecimalRoundsToZero() {
        assertEquals("0", en("0.0001", Unit.PIECE));
    }

    @Test
    void enNegativeValueRoundingToZeroHasNoMinusSign() {
        assertEquals("0", en("-0.0001", Unit.PIECE));
    }

    @Test
    void enRoundingThatReachesABillionSwitchesToBillion() {
        assertEquals("1 billion yuan", en("999999500", Unit.YUAN));
    }

    @Test
    void enRoundingThatReachesAMillionSwitchesToMillion() {
        assertEquals("1 million yuan", en("999999.9995", Unit.YUAN));
    }

    @Test
    void enRoundingJustShortOfAMillionStaysGrouped() {
        assertEquals("999,999.999 yuan", en("999999.9994", Unit.YUAN));
    }

    @Test
    void enRoundingJustShortOfABillionStaysMillion() {
        assertEquals("999.999 million yuan", en("999999499", Unit.YUAN));
    }

    @Test
    void enFractionOfAYuanBelowABillionRoundsToBillion() {
        assertEquals("1 billion yuan", en("999999999.6", Unit.YUAN));
    }

    @Test
    void enMagnitudeIsChosenAfterRoundingInTheSmallerMagnitude() {
        // Exactly 999.5 million; rounding at billion precision first would wrongly give 1 billion.
        assertEquals("999.5 million yuan", en("999500000", Unit.YUAN));
    }

    @Test
    void enNegativeRoundingThatReachesABillionSwitchesToBillion() {
        assertEquals("-1 billion yuan", en("-999999500", Unit.YUAN));
    }

    @Test
    void enNegativeBillionsOfYuan() {
        assertEquals("-3.886 billion yuan", en("-3886000000", Unit.YUAN));
    }

    @Test
    void enNegativeYuanBelowAMillionIsGroupedDigits() {
        assertEquals("-999,999 yuan", en("-999999", Unit.YUAN));
    }

    @Test
    void enCountRoundingUpToAMillionStaysGroupedDigits() {
        assertEquals("1,000,000", en("999999.9995", Unit.PIECE));
    }

    @Test
    void enVeryLargeYuanStaysInBillions() {
        // There is no larger magnitude than billion (no trillion).
        assertEquals("1,230,000 billion yuan", en("1.23E15", Unit.YUAN));
    }

    @Test
    void enNegativeVeryLargeYuan() {
        assertEquals("-1,230,000 billion yuan", en("-1230000000000000", Unit.YUAN));
    }

    @Test
    void enTrillionPiecesIsGroupedDigits() {
        assertEquals("1,000,000,000,000", en("1000000000000", Unit.PIECE));
    }

    @Test
    void enTableTrillionPiecesNamesTheUnit() {
        assertEquals("1,000,000,000,000 items", enTable("1E12", Unit.PIECE));
    }

    @Test
    void enHalfOfTheThirdDecimalRoundsUp() {
        assertEquals("0.001", en("0.0005", Unit.PIECE));
    }

    @Test
    void enLessThanHalfOfTheThirdDecimalRoundsToZero() {
        assertEquals("0", en("0.00004", Unit.PIECE));
    }

    @Test
    void enNegativeHalfOfTheThirdDecimalRoundsAwayFromZero() {
        assertEquals("-0.001", en("-0.0005", Unit.PIECE));
    }

    @Test
    void enNegativeYuanRoundingToZeroHasNoMinusSign() {
        assertEquals("0 yuan", en("-0.0004", Unit.YUAN));
    }

    @Test
    void enNegativePercentRoundingToZeroHasNoMinusSign() {
        assertEquals("0%", en("-0.0001", Unit.PERCENT));
    }

    @Test
    void enTableNegativeCountRoundingToZeroHasNoMinusSign() {
        assertEquals("0 items", enTable("-0.0001", Unit.PIECE));
    }

    // --- words come from the bundles -----------------------------------------------------------

    @Test
    void unitAndMagnitudeWordsComeFromTheMessages() {
        Map<String, String> zh = new HashMap<>();
        Map<String, String> en = new HashMap<>();
        zh.put("unit.yuan", "圆");
        zh.put("magnitude.yi", "億");
        en.put("unit.yuan", "CNY");
        en.put("magnitude.billion", "bn");
        QuantityFormatter custom = new QuantityFormatter(new Messages(Map.of(Language.ZH, zh, Language.EN, en)));

        assertEquals("38.86億圆", custom.inProse(new BigDecimal("3886000000"), Unit.YUAN, Language.ZH, ChineseMagnitude.AUTO));
        assertEquals("3.886 bn CNY", custom.inProse(new BigDecimal("3886000000"), Unit.YUAN, Language.EN, ChineseMagnitude.AUTO));
    }

    @Test
    void machineFormIsPlainDigits() {
        assertEquals("3886000000", QuantityFormatter.machine(new BigDecimal("3.886E+9")));
    }

    @Test
    void machineFormDropsTrailingZeros() {
        assertEquals("12.5", QuantityFormatter.machine(new BigDecimal("12.500")));
    }

    @Test
    void numberWithoutUnitUsesMagnitudesInChineseAndGroupingInEnglish() {
        assertEquals("50.22万", formatter.number(new BigDecimal("502200"), Language.ZH, ChineseMagnitude.AUTO));
        assertEquals("4387", formatter.number(new BigDecimal("4387"), Language.ZH, ChineseMagnitude.AUTO));
        assertEquals("502,200", formatter.number(new BigDecimal("502200"), Language.EN, ChineseMagnitude.AUTO));
        assertEquals("0.123", formatter.number(new BigDecimal("0.12345"), Language.EN, ChineseMagnitude.AUTO));
    }

    @Test
    void aFieldsDisplayHintChoosesWhenChineseSwitchesToWan() {
        BigDecimal patents = new BigDecimal("43870");
        assertEquals("43870件", formatter.inProse(patents, Unit.PIECE, Language.ZH, ChineseMagnitude.AUTO));
        assertEquals("4.387万件", formatter.inProse(patents, Unit.PIECE, Language.ZH, ChineseMagnitude.WAN));
        assertEquals("502200件", formatter.inProse(new BigDecimal("502200"), Unit.PIECE, Language.ZH, ChineseMagnitude.PLAIN));
        assertEquals("3886000000元", formatter.inProse(new BigDecimal("3886000000"), Unit.YUAN, Language.ZH, ChineseMagnitude.PLAIN));
        assertEquals("9999件", formatter.inProse(new BigDecimal("9999"), Unit.PIECE, Language.ZH, ChineseMagnitude.WAN));
        assertEquals("43,870", formatter.inProse(patents, Unit.PIECE, Language.EN, ChineseMagnitude.WAN), "English ignores the hint");
    }
}
