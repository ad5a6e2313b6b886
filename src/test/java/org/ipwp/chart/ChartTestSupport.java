package org.ipwp.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Building specs and reading the written SVG back as XML, shared by the chart tests. */
final class ChartTestSupport {

    /** Ticks as plain digits, so tests can see exactly which tick values the writer asked for. */
    static final SvgChartWriter WRITER = new SvgChartWriter(BigDecimal::toPlainString);

    private ChartTestSupport() {
    }

    static ChartPoint point(String label, String value) {
        return new ChartPoint(label, new BigDecimal(value), value);
    }

    static ChartSpec bar(ChartPoint... points) {
        return new ChartSpec(ChartKind.BAR, "Title", "Description", "c1", List.of(points));
    }

    static ChartSpec line(ChartPoint... points) {
        return new ChartSpec(ChartKind.LINE, "Title", "Description", "c1", List.of(points));
    }

    /** The written SVG parsed as XML: parsing fails loudly on markup that is not well-formed. */
    static Element svg(ChartSpec spec) {
        Document document = Jsoup.parse(WRITER.write(spec), "", Parser.xmlParser());
        return document.selectFirst("svg");
    }

    static double number(Element element, String attribute) {
        return Double.parseDouble(element.attr(attribute));
    }

    /** The text of each tspan of a text element, in order. */
    static List<String> lines(Element text) {
        List<String> lines = new ArrayList<>();
        for (Element tspan : text.select("tspan")) {
            lines.add(tspan.text());
        }
        return lines;
    }
}
