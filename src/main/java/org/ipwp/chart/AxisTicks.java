package org.ipwp.chart;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * "Nice" value-axis ticks: evenly spaced by a step of 1, 2 or 5 times a power of ten, always
 * including zero, and covering the data. Computed in {@link BigDecimal} so ticks such as 0.3
 * come out exact rather than as 0.30000000000000004.
 *
 * <p>The step is the smallest nice step that covers the data in at most five intervals, so there
 * are at most six ticks; for data of one sign there are at least four (the next smaller nice step
 * is at most 2.5 times smaller and needed more than five intervals). When all values are zero
 * (or there are none) the axis runs from 0 to 1 so that nothing divides by zero.
 *
 * @param step   the distance between ticks, positive
 * @param values the ticks from lowest to highest; the first is at or below zero and at or below
 *               every value, the last at or above zero and every value
 */
record AxisTicks(BigDecimal step, List<BigDecimal> values) {

    private static final int MAX_INTERVALS = 5;
    private static final int[] NICE_MULTIPLIERS = {1, 2, 5};

    AxisTicks {
        values = List.copyOf(values);
    }

    /** Ticks for an axis from zero that covers every one of {@code data}. */
    static AxisTicks covering(List<BigDecimal> data) {
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;
        for (BigDecimal value : data) {
            low = low.min(value);
            high = high.max(value);
        }
        if (low.signum() == 0 && high.signum() == 0) {
            high = BigDecimal.ONE;
        }
        BigDecimal step = niceStep(low, high);
        long below = intervals(low.negate(), step);
        long above = intervals(high, step);
        List<BigDecimal> ticks = new ArrayList<>();
        for (long i = -below; i <= above; i++) {
            ticks.add(plain(step.multiply(BigDecimal.valueOf(i))));
        }
        return new AxisTicks(plain(step), ticks);
    }

    /**
     * The value with no trailing zeros and no negative scale, so a tick formatter sees 1000 (not
     * 1E+3 or 1000.0) and 0.2 (not 0.20), whichever way it turns the number into text.
     */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }

    /** The lowest tick. */
    BigDecimal low() {
        return values.get(0);
    }

    /** The highest tick. */
    BigDecimal high() {
        return values.get(values.size() - 1);
    }

    private static BigDecimal niceStep(BigDecimal low, BigDecimal high) {
        // Start one decade below the range's fifth, where a step cannot yet be too coarse.
        BigDecimal fifth = high.subtract(low).divide(BigDecimal.valueOf(MAX_INTERVALS));
        int exponent = fifth.precision() - fifth.scale() - 1; // floor(log10(fifth)) for fifth > 0
        for (int decade = exponent; ; decade++) {
            for (int multiplier : NICE_MULTIPLIERS) {
                BigDecimal step = new BigDecimal(BigInteger.valueOf(multiplier), -decade);
                if (intervals(low.negate(), step) + intervals(high, step) <= MAX_INTERVALS) {
                    return step;
                }
            }
        }
    }

    /** How many steps it takes to get from zero to at least {@code extent} (not negative). */
    private static long intervals(BigDecimal extent, BigDecimal step) {
        if (extent.signum() <= 0) {
            return 0;
        }
        return extent.divide(step, 0, RoundingMode.CEILING).longValueExact();
    }
}
