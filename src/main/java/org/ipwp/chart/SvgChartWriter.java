package org.ipwp.chart;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Function;

/**
 * Writes a chart as one inline {@code <svg>} element for an HTML page: responsive (a view box and
 * {@code width="100%"}), accessible ({@code role="img"} named by its own {@code <title>} and
 * {@code <desc>}), with no script, no stylesheet and no external reference.
 *
 * <p>Bar charts accept any number of points, including none, and negative values (drawn left of
 * the zero line). Line charts need at least two points and put zero on the y axis.
 *
 * <p>Stateless apart from the tick formatter, so one writer can draw every chart of a page.
 */
public final class SvgChartWriter {

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    private final Function<BigDecimal, String> tickText;

    /**
     * @param tickText formats a y-axis tick value for the page's language (e.g. 2000000 as
     *                 "200万" or "2,000,000"); ticks are multiples of 1, 2 or 5 times a power of ten
     */
    public SvgChartWriter(Function<BigDecimal, String> tickText) {
        this.tickText = Objects.requireNonNull(tickText, "tickText");
    }

    /**
     * The chart as markup, starting with {@code <svg} and ending with {@code </svg>}.
     *
     * @throws IllegalArgumentException if a line chart has fewer than two points, or a text
     *                                  contains a control character that SVG cannot carry
     */
    public String write(ChartSpec spec) {
        ChartBody body = switch (spec.kind()) {
            case BAR -> new BarChartRenderer().render(spec.points());
            case LINE -> new LineChartRenderer(tickText).render(spec.points());
        };
        String titleId = spec.idPrefix() + "-title";
        String descId = spec.idPrefix() + "-desc";
        return new SvgMarkup()
                .tag("svg").attr("xmlns", SVG_NAMESPACE)
                .attr("class", "chart chart-" + spec.kind().sourceName() + "-chart")
                .attr("viewBox", "0 0 " + SvgMarkup.number(ChartStyle.WIDTH) + " " + SvgMarkup.number(body.height()))
                .attr("width", "100%")
                .attr("role", "img")
                .attr("aria-labelledby", titleId + " " + descId)
                .open()
                .tag("title").attr("id", titleId).text(spec.title())
                .tag("desc").attr("id", descId).text(spec.description())
                .append(body.markup())
                .close("svg")
                .toString();
    }
}
