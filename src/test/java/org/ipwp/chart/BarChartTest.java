package org.ipwp.chart;

import static org.ipwp.chart.ChartTestSupport.bar;
import static org.ipwp.chart.ChartTestSupport.lines;
import static org.ipwp.chart.ChartTestSupport.number;
import static org.ipwp.chart.ChartTestSupport.point;
import static org.ipwp.chart.ChartTestSupport.svg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class BarChartTest {

    private static final double INNER_WIDTH_EM = (ChartStyle.WIDTH - 2 * ChartStyle.PADDING) / ChartStyle.LABEL_FONT;

    @Test
    void oneBarPerPointWithItsLabelInTheGivenOrder() {
        Element svg = svg(bar(point("Patents", "3"), point("Trademarks", "1"), point("Designs", "2")));

        assertEquals(3, svg.select("rect").size());
        assertEquals(3, svg.select("rect.chart-bar").size());
        assertEquals(List.of("Patents", "Trademarks", "Designs"), svg.select("text.chart-label").eachText());
        assertEquals(List.of("3", "1", "2"), svg.select("text.chart-value").eachText());
    }

    @Test
    void barsAreInTheOrderGivenFromTopToBottom() {
        Elements bars = svg(bar(point("a", "1"), point("b", "2"), point("c", "3"))).select("rect.chart-bar");

        assertTrue(number(bars.get(0), "y") < number(bars.get(1), "y"));
        assertTrue(number(bars.get(1), "y") < number(bars.get(2), "y"));
    }

    @Test
    void barLengthIsProportionalToValueFromTheSameZero() {
        Elements bars = svg(bar(point("one hundred", "100"), point("two hundred", "200"))).select("rect.chart-bar");

        assertEquals(number(bars.get(0), "x"), number(bars.get(1), "x"));
        assertEquals(2.0, number(bars.get(1), "width") / number(bars.get(0), "width"), 0.001);
    }

    @Test
    void valueTextIsPrintedJustPastTheEndOfItsBar() {
        Element svg = svg(bar(point("a", "100"), point("b", "200")));
        Elements bars = svg.select("rect.chart-bar");
        Elements values = svg.select("text.chart-value");

        for (int i = 0; i < 2; i++) {
            double barEnd = number(bars.get(i), "x") + number(bars.get(i), "width");
            double textX = number(values.get(i), "x");
            assertTrue(textX > barEnd && textX < barEnd + 10, "value text at " + textX + ", bar ends at " + barEnd);
            assertEquals("start", values.get(i).attr("text-anchor"));
        }
    }

    @Test
    void barsAndValueTextsStayInsideTheViewBox() {
        Element svg = svg(bar(new ChartPoint("big", new BigDecimal("3886000000"), "3.886 billion yuan"),
                new ChartPoint("small", new BigDecimal("1"), "1 yuan")));
        Element longest = svg.select("rect.chart-bar").get(0);
        Element value = svg.select("text.chart-value").get(0);

        double textEnd = number(value, "x") + TextWidth.em(value.text()) * ChartStyle.VALUE_FONT;
        assertTrue(number(longest, "x") + number(longest, "width") < textEnd);
        assertTrue(textEnd <= ChartStyle.WIDTH - ChartStyle.PADDING + 0.01, "value text ends at " + textEnd);
    }

    @Test
    void everyElementCarriesPresentationAttributesSoItNeedsNoCss() {
        Element svg = svg(bar(point("a", "1"), point("b", "-1")));

        for (Element rect : svg.select("rect")) {
            assertTrue(rect.hasAttr("fill") && rect.hasAttr("stroke"), rect.outerHtml());
        }
        for (Element text : svg.select("text")) {
            assertTrue(text.hasAttr("fill") && text.hasAttr("font-size"), text.outerHtml());
        }
        for (Element line : svg.select("line")) {
            assertTrue(line.hasAttr("stroke"), line.outerHtml());
        }
    }

    @Test
    void shortChineseAndEnglishLabelsStayOnOneLine() {
        Element svg = svg(bar(point("知识产权质押融资金额（近三年）", "1"),
                point("Knowledge-value credit loans (past three years)", "2")));

        for (Element label : svg.select("text.chart-label")) {
            assertEquals(1, lines(label).size(), label.outerHtml());
        }
    }

    @Test
    void longChineseLabelWrapsIntoSeveralTspansWithNothingCut() {
        String label = "知识产权质押融资金额（近三年）".repeat(5);
        Element svg = svg(bar(point(label, "1")));

        List<String> lines = lines(svg.selectFirst("text.chart-label"));
        assertEquals(2, lines.size(), lines.toString());
        assertEquals(label, String.join("", lines));
        for (String line : lines) {
            assertTrue(TextWidth.em(line) <= INNER_WIDTH_EM, line);
        }
    }

    @Test
    void longEnglishLabelWrapsAtSpacesIntoTspansBelowEachOther() {
        String label = "Knowledge-value credit loans granted to small and medium-sized technology enterprises "
                + "against their patents and trademarks (past three years, all banks in the province)";
        Element text = svg(bar(point(label, "1"))).selectFirst("text.chart-label");

        List<String> lines = lines(text);
        assertTrue(lines.size() >= 2, lines.toString());
        assertEquals(label, String.join(" ", lines));
        Elements tspans = text.select("tspan");
        for (int i = 1; i < tspans.size(); i++) {
            assertEquals(tspans.get(0).attr("x"), tspans.get(i).attr("x"));
            assertTrue(number(tspans.get(i), "y") > number(tspans.get(i - 1), "y"));
        }
    }

    @Test
    void aWrappedLabelPushesItsBarDownBelowItsLastLine() {
        String longLabel = "很长的标签".repeat(20);
        Element svg = svg(bar(point(longLabel, "1"), point("short", "1")));
        Elements labels = svg.select("text.chart-label");
        Elements bars = svg.select("rect.chart-bar");

        Elements tspans = labels.get(0).select("tspan");
        double lastBaseline = number(tspans.get(tspans.size() - 1), "y");
        assertTrue(number(bars.get(0), "y") > lastBaseline);
        assertTrue(number(labels.get(1).selectFirst("tspan"), "y") > number(bars.get(0), "y") + number(bars.get(0), "height"));
    }

    @Test
    void negativeValuesAreDrawnLeftOfTheZeroLine() {
        Element svg = svg(bar(point("up", "200"), point("down", "-100")));
        Elements bars = svg.select("rect.chart-bar");
        Element zeroLine = svg.selectFirst("line.chart-axis");
        double zeroX = number(zeroLine, "x1");

        assertEquals(zeroX, number(bars.get(0), "x"), 0.01);
        assertEquals(zeroX, number(bars.get(1), "x") + number(bars.get(1), "width"), 0.01);
        assertEquals(2.0, number(bars.get(0), "width") / number(bars.get(1), "width"), 0.001);
        assertTrue(bars.get(1).hasClass("chart-bar-negative"));
        Element negativeValue = svg.select("text.chart-value").get(1);
        assertEquals("end", negativeValue.attr("text-anchor"));
        assertTrue(number(negativeValue, "x") < number(bars.get(1), "x"));
        assertTrue(number(negativeValue, "x") - TextWidth.em("-100") * ChartStyle.VALUE_FONT >= 0);
    }

    @Test
    void allZeroValuesGiveEmptyBarsRatherThanDividingByZero() {
        Element svg = svg(bar(point("a", "0"), point("b", "0.00")));

        for (Element rect : svg.select("rect.chart-bar")) {
            assertEquals("0.00", rect.attr("width"));
        }
        assertTrue(!svg.outerHtml().contains("NaN") && !svg.outerHtml().contains("Infinity"));
    }

    @Test
    void noPointsGiveAnEmptyButValidChart() {
        Element svg = svg(bar());

        assertEquals(0, svg.select("rect").size());
        String[] viewBox = svg.attr("viewBox").split(" ");
        assertTrue(Double.parseDouble(viewBox[3]) > 0, svg.attr("viewBox"));
        assertEquals("title", svg.child(0).tagName());
    }

    @Test
    void valuesBeyondTheRangeOfDoubleStillGiveFiniteBars() {
        Element svg = svg(bar(point("huge", "1e400"), point("half", "5e399")));
        Elements bars = svg.select("rect.chart-bar");

        assertEquals(2.0, number(bars.get(0), "width") / number(bars.get(1), "width"), 0.001);
    }
}
