package org.ipwp.chart;

import static org.ipwp.chart.ChartStyle.GRID_COLOUR;
import static org.ipwp.chart.ChartStyle.GRID_DASHES;
import static org.ipwp.chart.ChartStyle.LINE_HEIGHT_EM;
import static org.ipwp.chart.ChartStyle.MARKER_FILL;
import static org.ipwp.chart.ChartStyle.MIDDLE_TO_BASELINE_EM;
import static org.ipwp.chart.ChartStyle.OUTLINE_COLOUR;
import static org.ipwp.chart.ChartStyle.PADDING;
import static org.ipwp.chart.ChartStyle.TEXT_COLOUR;
import static org.ipwp.chart.ChartStyle.TICK_FONT;
import static org.ipwp.chart.ChartStyle.VALUE_FONT;
import static org.ipwp.chart.ChartStyle.VALUE_GAP;
import static org.ipwp.chart.ChartStyle.WIDTH;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Lays out a line chart: points evenly spaced along x in their given order, each in the middle of
 * its own slot with its label centred below (wrapped to the slot's width), on a y axis with nice
 * ticks that always includes zero, so the line's height is never exaggerated by a cut axis.
 *
 * <p>Each point gets a white marker with a dark rim and its value text above. When value texts
 * are too wide for their slots, every other one is raised by a line so neighbours do not overlap;
 * value texts near the edges are pulled inwards to stay inside the view box.
 */
final class LineChartRenderer {

    private static final double PLOT_HEIGHT = 240;
    private static final double TICK_GAP = 6;
    private static final double TICK_LENGTH = 4;
    private static final double MARKER_RADIUS = 4;
    private static final double LINE_WIDTH = 2;
    /** Room kept between neighbouring x labels and value texts. */
    private static final double SLOT_MARGIN = 4;

    private final Function<BigDecimal, String> tickText;

    LineChartRenderer(Function<BigDecimal, String> tickText) {
        this.tickText = tickText;
    }

    ChartBody render(List<ChartPoint> points) {
        if (points.size() < 2) {
            throw new IllegalArgumentException("a line chart needs at least 2 points, got " + points.size());
        }
        AxisTicks ticks = AxisTicks.covering(points.stream().map(ChartPoint::value).toList());
        List<String> tickLabels = new ArrayList<>();
        double widestTick = 0;
        for (BigDecimal tick : ticks.values()) {
            String label = Objects.requireNonNull(tickText.apply(tick), () -> "tick text for " + tick + " is null");
            tickLabels.add(label);
            widestTick = Math.max(widestTick, TextWidth.em(label) * TICK_FONT);
        }

        double left = PADDING + widestTick + TICK_GAP;
        double slot = (WIDTH - PADDING - left) / points.size();
        boolean staggered = points.stream()
                .anyMatch(point -> TextWidth.em(point.valueText()) * VALUE_FONT > slot - SLOT_MARGIN);
        // Room above the top tick for the value texts of points at the very top, raised or not.
        double top = PADDING + MARKER_RADIUS + VALUE_GAP + (staggered ? 2 : 1) * VALUE_FONT * LINE_HEIGHT_EM;
        Plot plot = new Plot(left, WIDTH - PADDING, top, top + PLOT_HEIGHT, slot,
                ticks.low(), ticks.high().subtract(ticks.low()));

        SvgMarkup svg = new SvgMarkup();
        writeYAxis(svg, plot, ticks, tickLabels);
        double lowest = writeXAxis(svg, plot, points, ticks);
        writeLine(svg, plot, points);
        writeMarkers(svg, plot, points, staggered);
        return new ChartBody(lowest + PADDING, svg);
    }

    private static void writeYAxis(SvgMarkup svg, Plot plot, AxisTicks ticks, List<String> tickLabels) {
        svg.tag("g").attr("class", "chart-y-axis").open();
        for (int i = 0; i < ticks.values().size(); i++) {
            BigDecimal tick = ticks.values().get(i);
            double tickY = plot.y(tick);
            boolean zero = tick.signum() == 0;
            // The zero line is an axis, solid and dark; the other ticks are light dashed guides.
            SvgMarkup.Tag line = svg.tag("line").attr("class", zero ? "chart-axis" : "chart-grid")
                    .attr("x1", plot.left()).attr("y1", tickY).attr("x2", plot.right()).attr("y2", tickY)
                    .attr("stroke", zero ? OUTLINE_COLOUR : GRID_COLOUR).attr("stroke-width", 1);
            if (!zero) {
                line.attr("stroke-dasharray", GRID_DASHES);
            }
            line.empty();
            svg.tag("text").attr("class", "chart-tick")
                    .attr("x", plot.left() - TICK_GAP).attr("y", tickY + MIDDLE_TO_BASELINE_EM * TICK_FONT)
                    .attr("text-anchor", "end").attr("font-size", TICK_FONT).attr("fill", TEXT_COLOUR)
                    .text(tickLabels.get(i));
        }
        svg.tag("line").attr("class", "chart-axis")
                .attr("x1", plot.left()).attr("y1", plot.top()).attr("x2", plot.left()).attr("y2", plot.bottom())
                .attr("stroke", OUTLINE_COLOUR).attr("stroke-width", 1).empty();
        svg.close("g");
    }

    /** Writes the x axis with its labels and returns the y where the lowest label ends. */
    private static double writeXAxis(SvgMarkup svg, Plot plot, List<ChartPoint> points, AxisTicks ticks) {
        svg.tag("g").attr("class", "chart-x-axis").open();
        if (ticks.low().signum() < 0) {
            // With negative values the zero line is inside the plot; mark the bottom edge too.
            svg.tag("line").attr("class", "chart-axis")
                    .attr("x1", plot.left()).attr("y1", plot.bottom()).attr("x2", plot.right()).attr("y2", plot.bottom())
                    .attr("stroke", OUTLINE_COLOUR).attr("stroke-width", 1).empty();
        }
        double lowest = plot.bottom();
        for (int i = 0; i < points.size(); i++) {
            double x = plot.x(i);
            svg.tag("line").attr("class", "chart-axis")
                    .attr("x1", x).attr("y1", plot.bottom()).attr("x2", x).attr("y2", plot.bottom() + TICK_LENGTH)
                    .attr("stroke", OUTLINE_COLOUR).attr("stroke-width", 1).empty();
            svg.tag("text").attr("class", "chart-label")
                    .attr("text-anchor", "middle").attr("font-size", TICK_FONT).attr("fill", TEXT_COLOUR).open();
            // Cap height is about 0.75em: the first line starts just below the tick mark.
            double baseline = plot.bottom() + TICK_LENGTH + TICK_GAP + 0.75 * TICK_FONT;
            List<String> lines = LabelWrapper.lines(points.get(i).label(), (plot.slot() - SLOT_MARGIN) / TICK_FONT);
            for (int l = 0; l < lines.size(); l++) {
                if (l > 0) {
                    baseline += TICK_FONT * LINE_HEIGHT_EM;
                }
                svg.tag("tspan").attr("x", x).attr("y", baseline).text(lines.get(l));
            }
            svg.close("text");
            // Descenders reach about 0.25em below the last baseline.
            lowest = Math.max(lowest, baseline + 0.25 * TICK_FONT);
        }
        svg.close("g");
        return lowest;
    }

    private static void writeLine(SvgMarkup svg, Plot plot, List<ChartPoint> points) {
        StringBuilder vertices = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            if (i > 0) {
                vertices.append(' ');
            }
            vertices.append(SvgMarkup.number(plot.x(i))).append(',')
                    .append(SvgMarkup.number(plot.y(points.get(i).value())));
        }
        svg.tag("polyline").attr("class", "chart-line").attr("points", vertices.toString())
                .attr("fill", "none").attr("stroke", OUTLINE_COLOUR).attr("stroke-width", LINE_WIDTH)
                .attr("stroke-linejoin", "round").empty();
    }

    private static void writeMarkers(SvgMarkup svg, Plot plot, List<ChartPoint> points, boolean staggered) {
        svg.tag("g").attr("class", "chart-points").open();
        for (int i = 0; i < points.size(); i++) {
            ChartPoint point = points.get(i);
            double x = plot.x(i);
            double markerY = plot.y(point.value());
            svg.tag("circle").attr("class", "chart-marker")
                    .attr("cx", x).attr("cy", markerY).attr("r", MARKER_RADIUS)
                    .attr("fill", MARKER_FILL).attr("stroke", OUTLINE_COLOUR).attr("stroke-width", LINE_WIDTH)
                    .empty();
            double halfText = TextWidth.em(point.valueText()) * VALUE_FONT / 2;
            double textX = Math.max(PADDING + halfText, Math.min(WIDTH - PADDING - halfText, x));
            double raise = staggered && i % 2 == 1 ? VALUE_FONT * LINE_HEIGHT_EM : 0;
            svg.tag("text").attr("class", "chart-value")
                    .attr("x", textX).attr("y", markerY - MARKER_RADIUS - VALUE_GAP - raise)
                    .attr("text-anchor", "middle").attr("font-size", VALUE_FONT).attr("fill", TEXT_COLOUR)
                    .text(point.valueText());
        }
        svg.close("g");
    }

    /**
     * Where things go: point {@code i} in the middle of the i-th of equal slots across
     * [left, right], and values from [low, low + span] onto [bottom, top] (SVG y grows downwards).
     * The span is never zero: the axis always reaches at least one tick step from zero.
     */
    private record Plot(double left, double right, double top, double bottom, double slot,
                        BigDecimal low, BigDecimal span) {

        double x(int index) {
            return left + (index + 0.5) * slot;
        }

        double y(BigDecimal value) {
            // Divide in BigDecimal so values beyond double's range still give a finite fraction.
            double fraction = value.subtract(low).divide(span, MathContext.DECIMAL64).doubleValue();
            return bottom - fraction * (bottom - top);
        }
    }
}
