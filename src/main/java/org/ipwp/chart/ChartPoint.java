package org.ipwp.chart;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One value of a chart.
 *
 * @param label     the text shown on the axis (a category or a year), in the page's language
 * @param value     the raw value, which decides the bar length or the marker height
 * @param valueText the value as readers see it, already formatted for the page's language
 *                  (e.g. "50.22万件" or "502,200"); printed next to the bar or marker
 */
public record ChartPoint(String label, BigDecimal value, String valueText) {

    public ChartPoint {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(valueText, "valueText");
    }
}
