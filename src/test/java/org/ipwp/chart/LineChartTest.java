package org.ipwp.chart;

import static org.ipwp.chart.ChartTestSupport.line;
import static org.ipwp.chart.ChartTestSupport.lines;
import static org.ipwp.chart.ChartTestSupport.number;
import static org.ipwp.chart.ChartTestSupport.point;
import static org.ipwp.chart.ChartTestSupport.svg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class LineChartTest {

    private static List<double[]> polylinePoints(Element svg) {
        List<double[]> points = new ArrayList<>();
        for (String pair : svg.selectFirst("polyline.chart-line").attr("points").split(" ")) {
            String[] xy = pair.split(",");
            points.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
        }
        return points;
    }

    private static double zeroLineY(Element svg) {
        return svg.select("g.chart-y-axis line.chart-axis").stream()
                .filter(line -> line.attr("y1").equals(line.attr("y2")))
                .mapToDouble(line -> number(line, "y1")).findFirst().orElseThrow();
    }

    @Test
    void onePolylineVertexOneMarkerAndOneValueTextPerPoint() {
        Element svg = svg(line(point("2018", "1"), point("2019", "3"), point("2020", "2"), point("2021", "5")));

        assertEquals(1, svg.select("polyline").size());
        assertEquals(4, polylinePoints(svg).size());
        assertEquals(4, svg.select("circle.chart-marker").size());
        assertEquals(List.of("1", "3", "2", "5"), svg.select("text.chart-value").eachText());
        assertEquals("none", svg.selectFirst("polyline").attr("fill"));
    }

    @Test
    void pointsRunLeftToRightInTheGivenOrderUnderTheirLabels() {
        Element svg = svg(line(point("2018", "1"), point("2019", "3"), point("2020", "2")));
        List<double[]> vertices = polylinePoints(svg);
        Elements markers = svg.select("circle.chart-marker");
        Elements labels = svg.select("text.chart-label");

        assertEquals(List.of("2018", "2019", "2020"), labels.eachText());
        for (int i = 0; i < 3; i++) {
            if (i > 0) {
                assertTrue(vertices.get(i)[0] > vertices.get(i - 1)[0]);
            }
            assertEquals(vertices.get(i)[0], number(markers.get(i), "cx"), 0.001);
            assertEquals(vertices.get(i)[1], number(markers.get(i), "cy"), 0.001);
            assertEquals(vertices.get(i)[0], number(labels.get(i).selectFirst("tspan"), "x"), 0.001);
            assertEquals("middle", labels.get(i).attr("text-anchor"));
        }
    }

    @Test
    void heightsAreProportionalToValuesAboveAZeroBaseline() {
        Element svg = svg(line(point("2019", "1000"), point("2020", "2000")));
        List<double[]> vertices = polylinePoints(svg);
        double zeroY = zeroLineY(svg);

        assertEquals(2.0, (zeroY - vertices.get(1)[1]) / (zeroY - vertices.get(0)[1]), 0.001);
    }

    @Test
    void yAxisStartsAtZeroWithNiceTicksFormattedByTheTickFormatter() {
        SvgChartWriter writer = new SvgChartWriter(value -> "≈" + value.toPlainString());
        String markup = writer.write(line(point("2019", "2000"), point("2020", "3886")));
        Element svg = Jsoup.parse(markup, "", Parser.xmlParser()).selectFirst("svg");

        assertEquals(List.of("≈0", "≈1000", "≈2000", "≈3000", "≈4000"), svg.select("text.chart-tick").eachText());
        assertEquals(4, svg.select("line.chart-grid").size());
        Elements ticks = svg.select("text.chart-tick");
        assertTrue(number(ticks.get(0), "y") > number(ticks.get(4), "y"), "zero is at the bottom");
    }

    @Test
    void tickFormatterDecidesTheTextAndTheRoomItTakes() {
        Element narrow = svg(line(point("a", "1"), point("b", "2")));
        SvgChartWriter wide = new SvgChartWriter(value -> value.toPlainString() + " 万件（估计）");
        Element widened = Jsoup.parse(wide.write(line(point("a", "1"), point("b", "2"))), "", Parser.xmlParser())
                .selectFirst("svg");

        assertTrue(polylinePoints(widened).get(0)[0] > polylinePoints(narrow).get(0)[0]);
    }

    @Test
    void aMarkerAtZeroSitsOnTheZeroLine() {
        Element svg = svg(line(point("2019", "0"), point("2020", "3886")));

        assertEquals(zeroLineY(svg), polylinePoints(svg).get(0)[1], 0.001);
    }

    @Test
    void valueTextsSitAboveTheirMarkers() {
        Element svg = svg(line(point("2019", "10"), point("2020", "20")));
        Elements markers = svg.select("circle.chart-marker");
        Elements values = svg.select("text.chart-value");

        for (int i = 0; i < 2; i++) {
            assertTrue(number(values.get(i), "y") < number(markers.get(i), "cy") - number(markers.get(i), "r"));
        }
    }

    @Test
    void crowdedValueTextsAlternateBetweenTwoHeights() {
        ChartPoint[] points = new ChartPoint[12];
        for (int i = 0; i < points.length; i++) {
            points[i] = new ChartPoint(String.valueOf(2010 + i), new BigDecimal("100"), "100 billion yuan");
        }
        Element svg = svg(line(points));
        Elements values = svg.select("text.chart-value");

        assertTrue(number(values.get(1), "y") < number(values.get(0), "y"));
        assertEquals(number(values.get(0), "y"), number(values.get(2), "y"), 0.001);
        for (Element value : values) {
            assertTrue(number(value, "y") > ChartStyle.VALUE_FONT, "raised value text stays inside the view box");
        }
    }

    @Test
    void longXLabelsWrapWithinTheirSlot() {
        String label = "Knowledge-value credit loans (past three years)";
        Element svg = svg(line(point(label, "1"), point(label, "2"), point(label, "3"), point(label, "4")));

        Element first = svg.selectFirst("text.chart-label");
        assertTrue(lines(first).size() >= 2, lines(first).toString());
        assertEquals(label, String.join(" ", lines(first)));
        double viewBoxHeight = Double.parseDouble(svg.attr("viewBox").split(" ")[3]);
        Elements tspans = first.select("tspan");
        assertTrue(number(tspans.get(tspans.size() - 1), "y") < viewBoxHeight);
    }

    @Test
    void allZeroValuesStillGiveAnAxisAndNoDivisionByZero() {
        Element svg = svg(line(point("2019", "0"), point("2020", "0")));

        assertEquals(List.of("0", "0.2", "0.4", "0.6", "0.8", "1"), svg.select("text.chart-tick").eachText());
        assertTrue(!svg.outerHtml().contains("NaN") && !svg.outerHtml().contains("Infinity"));
    }

    @Test
    void negativeValuesExtendTheAxisBelowZero() {
        Element svg = svg(line(point("2019", "-3"), point("2020", "7")));
        List<double[]> vertices = polylinePoints(svg);

        assertEquals(List.of("-5", "0", "5", "10"), svg.select("text.chart-tick").eachText());
        assertTrue(vertices.get(0)[1] > zeroLineY(svg));
        assertTrue(vertices.get(1)[1] < zeroLineY(svg));
    }

    @Test
    void fewerThanTwoPointsAreRejected() {
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
                () -> ChartTestSupport.WRITER.write(line(point("2020", "1"))));
        assertEquals("a line chart needs at least 2 points, got 1", one.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ChartTestSupport.WRITER.write(line()));
    }

    @Test
    void aNullTickTextIsReportedWithTheTick() {
        SvgChartWriter writer = new SvgChartWriter(value -> null);

        NullPointerException error = assertThrows(NullPointerException.class,
                () -> writer.write(line(point("a", "1"), point("b", "2"))));
        assertTrue(error.getMessage().contains("tick text for 0"), error.getMessage());
    }
}
