package org.ipwp.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AxisTicksTest {

    private static AxisTicks ticks(String... data) {
        return AxisTicks.covering(Arrays.stream(data).map(BigDecimal::new).toList());
    }

    private static List<String> plain(AxisTicks ticks) {
        return ticks.values().stream().map(BigDecimal::toPlainString).toList();
    }

    @Test
    void thousandsStepForAMaximumOf3886() {
        AxisTicks ticks = ticks("1200", "3886");

        assertEquals(List.of("0", "1000", "2000", "3000", "4000"), plain(ticks));
        assertEquals("1000", ticks.step().toString());
    }

    @Test
    void aRoundMaximumIsItselfTheTopTick() {
        assertEquals(List.of("0", "20", "40", "60", "80", "100"), plain(ticks("100")));
    }

    @Test
    void largeCountsUseSteppedMultiplesOfTwo() {
        assertEquals(List.of("0", "200000", "400000", "600000"), plain(ticks("43870", "502200")));
    }

    @Test
    void decimalTicksAreExact() {
        assertEquals(List.of("0", "0.1", "0.2", "0.3"), plain(ticks("0.3")));
        assertEquals(List.of("0", "0.02", "0.04", "0.06", "0.08"), plain(ticks("0.07")));
    }

    @Test
    void ticksNeverUseExponentNotation() {
        AxisTicks ticks = ticks("3886000000");

        assertEquals(List.of("0", "1000000000", "2000000000", "3000000000", "4000000000"),
                ticks.values().stream().map(BigDecimal::toString).toList());
    }

    @Test
    void allZeroOrNoDataGivesAUnitAxis() {
        assertEquals(List.of("0", "0.2", "0.4", "0.6", "0.8", "1"), plain(ticks("0", "0")));
        assertEquals(List.of("0", "0.2", "0.4", "0.6", "0.8", "1"), plain(ticks()));
    }

    @Test
    void negativeDataExtendsTheAxisBelowZero() {
        assertEquals(List.of("-5", "0", "5", "10"), plain(ticks("-3", "7")));
        assertEquals(List.of("-40", "-30", "-20", "-10", "0"), plain(ticks("-38.86")));
    }

    @Test
    void forAnyPositiveMaximumThereAreFourToSixNiceTicksCoveringIt() {
        BigDecimal maximum = new BigDecimal("0.0013");
        for (int i = 0; i < 3000; i++) {
            AxisTicks ticks = AxisTicks.covering(List.of(maximum));
            String context = maximum.toPlainString() + " -> " + plain(ticks);

            assertTrue(ticks.values().size() >= 4 && ticks.values().size() <= 6, context);
            assertEquals(0, ticks.low().signum(), context);
            assertTrue(ticks.high().compareTo(maximum) >= 0, context);
            assertTrue(ticks.high().subtract(ticks.step()).compareTo(maximum) < 0, "no empty top interval: " + context);
            BigDecimal mantissa = ticks.step().movePointLeft(ticks.step().precision() - ticks.step().scale() - 1);
            assertTrue(List.of(1, 2, 5).contains(mantissa.stripTrailingZeros().intValueExact()), context);
            for (int t = 1; t < ticks.values().size(); t++) {
                assertEquals(0, ticks.values().get(t).subtract(ticks.values().get(t - 1)).compareTo(ticks.step()), context);
            }
            maximum = maximum.multiply(new BigDecimal("1.0137")).setScale(7, java.math.RoundingMode.HALF_UP);
        }
    }
}
