package org.ipwp.chart;

import static org.ipwp.chart.ChartTestSupport.WRITER;
import static org.ipwp.chart.ChartTestSupport.bar;
import static org.ipwp.chart.ChartTestSupport.point;
import static org.ipwp.chart.ChartTestSupport.svg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every chart shares: the root element, escaping, determinism. */
class SvgChartWriterTest {

    private static final Pattern FIXED_DECIMALS = Pattern.compile("-?\\d+\\.\\d\\d");

    private static ChartSpec spec(ChartKind kind, String title, String description, String idPrefix, ChartPoint... points) {
        return new ChartSpec(kind, title, description, idPrefix, List.of(points));
    }

    private static ChartSpec sample(ChartKind kind) {
        return spec(kind, "专利授权量", "2018至2020年逐年增长", "patents",
                new ChartPoint("2018", new BigDecimal("38000"), "3.8万件"),
                new ChartPoint("2019", new BigDecimal("43870"), "43870件"),
                new ChartPoint("2020", new BigDecimal("502200"), "50.22万件"));
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void rootIsAResponsiveImageNamedByItsOwnTitleAndDesc(ChartKind kind) {
        String markup = WRITER.write(sample(kind));
        Element svg = svg(sample(kind));

        assertTrue(markup.startsWith("<svg "), markup);
        assertTrue(markup.endsWith("</svg>"), markup);
        assertEquals("http://www.w3.org/2000/svg", svg.attr("xmlns"));
        assertTrue(svg.attr("viewBox").matches("0 0 640\\.00 \\d+\\.\\d\\d"), svg.attr("viewBox"));
        assertEquals("100%", svg.attr("width"));
        assertFalse(svg.hasAttr("height"));
        assertTrue(svg.hasClass("chart"));
        assertEquals("img", svg.attr("role"));
        assertEquals("patents-title patents-desc", svg.attr("aria-labelledby"));

        assertEquals("title", svg.child(0).tagName());
        assertEquals("patents-title", svg.child(0).id());
        assertEquals("专利授权量", svg.child(0).text());
        assertEquals("desc", svg.child(1).tagName());
        assertEquals("patents-desc", svg.child(1).id());
        assertEquals("2018至2020年逐年增长", svg.child(1).text());
        for (String id : svg.attr("aria-labelledby").split(" ")) {
            assertEquals(1, svg.select("[id=" + id + "]").size(), id);
        }
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void idsComeFromThePrefixSoChartsOnOnePageDoNotClash(ChartKind kind) {
        Element first = svg(spec(kind, "t", "d", "chart-1", point("a", "1"), point("b", "2")));
        Element second = svg(spec(kind, "t", "d", "chart-2", point("a", "1"), point("b", "2")));

        assertEquals(List.of("chart-1-title", "chart-1-desc"), first.select("[id]").eachAttr("id"));
        assertEquals(List.of("chart-2-title", "chart-2-desc"), second.select("[id]").eachAttr("id"));
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void hostileTextIsWrittenAsTextNeverAsMarkup(ChartKind kind) {
        String label = "<script>alert('x')</script> R&D \"quoted\"";
        String title = "Title </title><script>bad()</script> & more";
        String description = "desc ]]> <!-- not a comment --> &amp;";
        ChartSpec hostile = spec(kind, title, description, "h",
                new ChartPoint(label, BigDecimal.ONE, "<b>1</b> & co"),
                new ChartPoint("2020", BigDecimal.TEN, "10"));
        String markup = WRITER.write(hostile);
        Element svg = svg(hostile);

        assertFalse(markup.contains("<script"), markup);
        assertFalse(markup.contains("<b>"), markup);
        assertFalse(markup.contains("<!--"), markup);
        assertTrue(markup.contains("&lt;script&gt;"), markup);
        assertTrue(markup.contains("R&amp;D"), markup);
        assertEquals(title, svg.selectFirst("title").text());
        assertEquals(description, svg.selectFirst("desc").text());
        assertEquals("<b>1</b> & co", svg.selectFirst("text.chart-value").text());
        assertEquals(label, String.join(" ", ChartTestSupport.lines(svg.selectFirst("text.chart-label"))));

        // And embedded in an HTML page, the HTML parser sees no script and no stray elements either.
        Document page = Jsoup.parse("<!DOCTYPE html><html><body>" + markup + "<p id=after>after</p></body></html>");
        assertTrue(page.select("script").isEmpty());
        assertTrue(page.select("b").isEmpty());
        assertEquals(1, page.select("svg").size());
        assertEquals("body", page.getElementById("after").parent().tagName());
    }

    @Test
    void controlCharactersAreRejectedWithAClearMessage() {
        ChartSpec spec = bar(new ChartPoint("bell\u0007", BigDecimal.ONE, "1"));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> WRITER.write(spec));
        assertTrue(error.getMessage().contains("U+0007"), error.getMessage());
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void theSameInputGivesByteIdenticalOutput(ChartKind kind) {
        assertEquals(WRITER.write(sample(kind)), WRITER.write(sample(kind)));
        assertEquals(WRITER.write(sample(kind)), new SvgChartWriter(BigDecimal::toPlainString).write(sample(kind)));
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void outputDoesNotDependOnTheDefaultLocale(ChartKind kind) {
        String rootLocale = WRITER.write(sample(kind));
        Locale saved = Locale.getDefault();
        try {
            // German writes decimals with a comma, Arabic may use its own digits.
            Locale.setDefault(Locale.GERMANY);
            assertEquals(rootLocale, WRITER.write(sample(kind)));
            Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
            assertEquals(rootLocale, WRITER.write(sample(kind)));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void everyGeometryAttributeHasTwoDecimals(ChartKind kind) {
        Element svg = svg(sample(kind));
        List<String> geometry = List.of("x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "width", "height",
                "font-size", "stroke-width");

        int checked = 0;
        for (Element element : svg.select("*")) {
            if (element == svg) {
                continue;
            }
            for (Attribute attribute : element.attributes()) {
                if (geometry.contains(attribute.getKey())) {
                    assertTrue(FIXED_DECIMALS.matcher(attribute.getValue()).matches(), element.outerHtml());
                    checked++;
                }
            }
        }
        assertTrue(checked > 20);
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void nothingThatAnHtmlPageCouldNotInline(ChartKind kind) {
        String markup = WRITER.write(sample(kind));

        for (String forbidden : List.of("<?xml", "<!DOCTYPE", "xlink", "<script", "<style", "href", "url(",
                "<image", "<foreignObject", "NaN", "Infinity")) {
            assertFalse(markup.contains(forbidden), forbidden);
        }
    }

    @Test
    void rootClassNamesTheKindWithoutClashingWithTheBarClass() {
        assertEquals("chart chart-bar-chart", svg(sample(ChartKind.BAR)).attr("class"));
        assertEquals("chart chart-line-chart", svg(sample(ChartKind.LINE)).attr("class"));
    }
}
