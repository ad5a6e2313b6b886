package org.ipwp.dataview;

import static org.ipwp.dataview.DataviewFixtures.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
import org.ipwp.data.Dataset;
import org.ipwp.data.FieldType;
import org.ipwp.data.Unit;
import org.ipwp.i18n.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class DataTableWriterTest {

    /** Links as from a page two folders below the language root, like {@code en/data/<id>/}. */
    private static final UnaryOperator<String> FROM_DATASET_PAGE = path -> "../../../" + path;

    private final DataTableWriter writer = new DataTableWriter(DataviewFixtures.messages(), DataviewFixtures.cells());

    private Element table(Dataset dataset, Language language, String caption) {
        String html = writer.table(dataset, dataset.rows(), language, caption, FROM_DATASET_PAGE, true);
        Document document = Jsoup.parseBodyFragment(html);
        assertEquals(1, document.select("body > table.data-table").size(), html);
        return document.selectFirst("table");
    }

    @Test
    void figuresAreFormattedRightAlignedAndKeepTheRawValue() {
        Element en = table(DataviewFixtures.ipFinance(), Language.EN, "IP financing");
        Element zh = table(DataviewFixtures.ipFinance(), Language.ZH, "知识产权金融");

        assertEquals(List.of("3886000000", "4594000000", "1230000000"), en.select("tbody td.num").eachAttr("data-value"));
        assertEquals(List.of("3.886 billion yuan", "4.594 billion yuan", "1.23 billion yuan"), en.select("tbody td.num").eachText());
        assertEquals(List.of("38.86亿元", "45.94亿元", "12.3亿元"), zh.select("tbody td.num").eachText());
        assertEquals("num", en.select("thead th").get(1).className(), "the value header is aligned like its column");
    }

    @Test
    void rowsAndColumnsHaveHeadersWithScopeAndACaption() {
        Element en = table(DataviewFixtures.ipFinance(), Language.EN, "IP financing");

        assertEquals("IP financing", en.selectFirst("caption").text());
        assertEquals(List.of("Indicator", "Value", "Source"), en.select("thead th[scope=col]").eachText());
        assertEquals(List.of("IP pledge financing (past three years)", "Knowledge-value credit loans (past three years)",
                "IP capital contributions (past three years)"), en.select("tbody th[scope=row]").eachText());
        Element zh = table(DataviewFixtures.ipFinance(), Language.ZH, "知识产权金融");
        assertEquals(List.of("指标", "数值", "出处"), zh.select("thead th[scope=col]").eachText());
        assertEquals("知识产权质押融资金额（近三年）", zh.selectFirst("tbody th[scope=row]").text());
    }

    @Test
    void eachRowLinksTheLetterParagraphItComesFrom() {
        Element en = table(DataviewFixtures.ipFinance(), Language.EN, "IP financing");
        Element zh = table(DataviewFixtures.ipFinance(), Language.ZH, "知识产权金融");

        Element link = en.selectFirst("tbody tr td a");
        assertEquals("../../../en/letters/2020/yushijianhan-155/#p5", link.attr("href"));
        assertEquals("para. 5", link.text());
        assertEquals("../../../zh/letters/2020/yushijianhan-155/#p5", zh.selectFirst("tbody td a").attr("href"));
        assertEquals("第5段", zh.selectFirst("tbody td a").text());
    }

    @Test
    void noSourceColumnWhenTheSourceIsNotAnArchivedLetter() {
        Dataset fromBulletin = DataviewFixtures.dataset("d", DataviewFixtures.indicatorFields(), List.of("id"),
                List.of(List.of("a", "甲", "A", "1", "piece", "", "p5")), List.of(DataviewFixtures.BULLETIN));

        Element en = table(fromBulletin, Language.EN, "caption");

        assertEquals(List.of("Indicator", "Value"), en.select("thead th").eachText());
        assertTrue(en.select("a").isEmpty(), en.outerHtml());
        assertEquals(2, en.select("tbody tr > *").size());
    }

    @Test
    void noSourceColumnWithoutAParagraphColumn() {
        Dataset series = DataviewFixtures.dataset("d", List.of(field("year", FieldType.YEAR),
                        field("patents", FieldType.INTEGER, Unit.PIECE)), List.of("year"),
                List.of(List.of("2019", "43870")), List.of(DataviewFixtures.LETTER));

        Element en = table(series, Language.EN, "caption");

        assertEquals(List.of("year (en)", "patents (en)"), en.select("thead th").eachText());
        assertTrue(en.select("a").isEmpty(), en.outerHtml());
    }

    @Test
    void moreThanIsPartOfTheCellText() {
        Element en = table(DataviewFixtures.talent(), Language.EN, "Talent");
        Element zh = table(DataviewFixtures.talent(), Language.ZH, "人才");

        assertEquals("more than 1,500 person-times", en.select("tbody td.num").get(1).text());
        assertEquals("1500", en.select("tbody td.num").get(1).attr("data-value"));
        assertEquals("超过1500人次", zh.select("tbody td.num").get(1).text());
    }

    @Test
    void timeSeriesIsLabelledByYearUnderTheFieldTitles() {
        Element zh = table(DataviewFixtures.patentsByYear(), Language.ZH, "专利");

        assertEquals(List.of("year（中）", "patents（中）", "trademarks（中）", "note（中）"), zh.select("thead th").eachText());
        assertEquals(List.of("2018", "2019"), zh.select("tbody th[scope=row]").eachText());
        assertEquals(List.of("38000件", "40万件", "43870件", "50.22万件"), zh.select("tbody td.num").eachText());
        assertEquals("截至年底", zh.select("tbody tr").get(1).select("td").last().text());
    }

    @Test
    void textFromTheDataIsEscaped() {
        String hostile = "<script>alert(1)</script> \"&' <img src=x onerror=alert(2)>";
        Dataset dataset = DataviewFixtures.dataset("d", List.of(field("id", FieldType.STRING),
                        field("label_zh", FieldType.STRING), field("label_en", FieldType.STRING),
                        field("value", FieldType.NUMBER, Unit.PIECE), field("remark", FieldType.STRING)), List.of("id"),
                List.of(List.of("a", hostile, hostile, "1", "=HYPERLINK(\"http://x\")" + hostile)),
                List.of(DataviewFixtures.BULLETIN));

        String html = writer.table(dataset, dataset.rows(), Language.EN, "Caption <b>&</b>", FROM_DATASET_PAGE, true);
        Document document = Jsoup.parseBodyFragment(html);

        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(document.select("script, img, b").isEmpty(), html);
        assertEquals(hostile, document.selectFirst("tbody th").text());
        assertEquals("=HYPERLINK(\"http://x\")" + hostile, document.select("tbody td").last().text(),
                "the page shows the text as written; only the CSV download guards against formulas");
        assertEquals("Caption <b>&</b>", document.selectFirst("caption").text());
    }

    @Test
    void rawValueIsEscapedInItsAttribute() {
        // The reader validates numbers, but the writer must not rely on that for safe markup.
        Dataset dataset = DataviewFixtures.dataset("d", List.of(field("id", FieldType.STRING), field("note", FieldType.STRING)),
                List.of("id"), List.of(List.of("a\"><script>", "x")), List.of(DataviewFixtures.BULLETIN));

        String html = writer.table(dataset, dataset.rows(), Language.EN, "c", FROM_DATASET_PAGE, true);

        assertFalse(html.contains("<script"), html);
        assertEquals("a\"><script>", Jsoup.parseBodyFragment(html).selectFirst("tbody th").text());
    }

    @Test
    void onlyTheGivenRowsAreWritten() {
        Dataset finance = DataviewFixtures.ipFinance();

        String html = writer.table(finance, List.of(finance.rows().get(2)), Language.EN, "c", FROM_DATASET_PAGE, true);

        assertEquals(List.of("1230000000"), Jsoup.parseBodyFragment(html).select("td.num").eachAttr("data-value"));
    }
}
