package org.ipwp.chart;

import static org.ipwp.chart.ChartStyle.BAR_COLOUR;
import static org.ipwp.chart.ChartStyle.LABEL_FONT;
import static org.ipwp.chart.ChartStyle.LINE_HEIGHT_EM;
import static org.ipwp.chart.ChartStyle.MIDDLE_TO_BASELINE_EM;
import static org.ipwp.chart.ChartStyle.OUTLINE_COLOUR;
import static org.ipwp.chart.ChartStyle.PADDING;
import static org.ipwp.chart.ChartStyle.TEXT_COLOUR;
import static org.ipwp.chart.ChartStyle.VALUE_FONT;
import static org.ipwp.chart.ChartStyle.VALUE_GAP;
import static org.ipwp.chart.ChartStyle.WIDTH;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Lays out horizontal bars: for each point, its label on its own line(s) across the full width,
 * then its bar, then the value text just past the bar's end.
 *
 * <p>Bars grow from a zero line. Negative values are drawn to the left of it, with their value
 * text to the left of the bar's end, so a series of changes (+3%, −2%) reads naturally; the zero
 * line then sits as far right as the most negative value needs. The widest value texts decide how
 * much room is kept free on each side, up to {@value #MAX_VALUE_SHARE} of the width each, so the
 * bars keep most of the width even when a value text is long.
 *
 * <p>Bar lengths scale linearly from zero; when every value is zero (or there are none) every
 * bar has length zero instead of dividing by zero.
 */
final class BarChartRenderer {

    private static final double MAX_VALUE_SHARE = 0.35;
    private static final double BAR_HEIGHT = 22;
    private static final double LABEL_TO_BAR = 6;
    private static final double ROW_GAP = 14;
    /** How far each row's zero tick reaches beyond its bar, so the zero line reads as an axis. */
    private static final double ZERO_TICK_OVERHANG = 3;

    ChartBody render(List<ChartPoint> points) {
        double innerWidth = WIDTH - 2 * PADDING;
        double rightRoom = valueRoom(points, false, innerWidth);
        double leftRoom = valueRoom(points, true, innerWidth);
        BarScale scale = BarScale.of(points, PADDING + leftRoom, WIDTH - PADDING - rightRoom);
        double zeroX = scale.x(BigDecimal.ZERO);

        SvgMarkup svg = new SvgMarkup();
        double top = PADDING;
        for (ChartPoint point : points) {
            svg.tag("g").attr("class", "chart-row").open();
            double baseline = top + LABEL_FONT;
            svg.tag("text").attr("class", "chart-label")
                    .attr("font-size", LABEL_FONT).attr("fill", TEXT_COLOUR).open();
            List<String> lines = LabelWrapper.lines(point.label(), innerWidth / LABEL_FONT);
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    baseline += LABEL_FONT * LINE_HEIGHT_EM;
                }
                svg.tag("tspan").attr("x", PADDING).attr("y", baseline).text(lines.get(i));
            }
            svg.close("text");

            // The label's descenders end about 0.25em below its last baseline.
            double barTop = baseline + 0.25 * LABEL_FONT + LABEL_TO_BAR;
            double endX = scale.x(point.value());
            boolean negative = point.value().signum() < 0;
            svg.tag("rect").attr("class", negative ? "chart-bar chart-bar-negative" : "chart-bar")
                    .attr("x", Math.min(zeroX, endX)).attr("y", barTop)
                    .attr("width", Math.abs(endX - zeroX)).attr("height", BAR_HEIGHT)
                    .attr("fill", BAR_COLOUR).attr("stroke", OUTLINE_COLOUR).attr("stroke-width", 1)
                    .empty();
            svg.tag("line").attr("class", "chart-axis")
                    .attr("x1", zeroX).attr("y1", barTop - ZERO_TICK_OVERHANG)
                    .attr("x2", zeroX).attr("y2", barTop + BAR_HEIGHT + ZERO_TICK_OVERHANG)
                    .attr("stroke", OUTLINE_COLOUR).attr("stroke-width", 1)
                    .empty();
            svg.tag("text").attr("class", "chart-value")
                    .attr("x", negative ? endX - VALUE_GAP : endX + VALUE_GAP)
                    .attr("y", barTop + BAR_HEIGHT / 2 + MIDDLE_TO_BASELINE_EM * VALUE_FONT)
                    .attr("text-anchor", negative ? "end" : "start")
                    .attr("font-size", VALUE_FONT).attr("fill", TEXT_COLOUR)
                    .text(point.valueText());
            svg.close("g");
            top = barTop + BAR_HEIGHT + ROW_GAP;
        }
        double height = points.isEmpty() ? 2 * PADDING : top - ROW_GAP + PADDING;
        return new ChartBody(height, svg);
    }

    /** Room for the widest value text on one side of the bars, or none if no bar points that way. */
    private static double valueRoom(List<ChartPoint> points, boolean negativeSide, double innerWidth) {
        double widest = -1;
        for (ChartPoint point : points) {
            if ((point.value().signum() < 0) == negativeSide) {
                widest = Math.max(widest, TextWidth.em(point.valueText()) * VALUE_FONT);
            }
        }
        return widest < 0 ? 0 : Math.min(widest + VALUE_GAP, innerWidth * MAX_VALUE_SHARE);
    }

    /** Maps values linearly onto [left, right], the lowest of zero and the data at {@code left}. */
    private record BarScale(BigDecimal low, BigDecimal span, double left, double right) {

        static BarScale of(List<ChartPoint> points, double left, double right) {
            BigDecimal low = BigDecimal.ZERO;
            BigDecimal high = BigDecimal.ZERO;
            for (ChartPoint point : points) {
                low = low.min(point.value());
                high = high.max(point.value());
            }
            return new BarScale(low, high.subtract(low), left, right);
        }

        double x(BigDecimal value) {
            if (span.signum() == 0) {
                return left;
            }
            // Divide in BigDecimal so values beyond double's range still give a finite fraction.
            double fraction = value.subtract(low).divide(span, MathContext.DECIMAL64).doubleValue();
            return left + fraction * (right - left);
        }
    }
}
