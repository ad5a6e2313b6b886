package org.ipwp.dataview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.ipwp.chart.ChartKind;
import org.ipwp.chart.ChartPoint;
import org.ipwp.chart.ChartSpec;
import org.ipwp.data.Dataset;
import org.ipwp.data.DatasetRow;
import org.ipwp.data.FieldType;
import org.ipwp.i18n.Language;
import org.junit.jupiter.api.Test;

class DataChartBuilderTest {

    private final CellText cells = DataviewFixtures.cells();
    private final DataChartBuilder builder = new DataChartBuilder(DataviewFixtures.messages(), cells);

    private static Dataset keyIndicators() {
        return DataviewFixtures.indicators("key-indicators", List.of(
                List.of("patent-grants", "专利授权总量", "Total patents granted", "43870", "piece", "", "p3"),
                List.of("invention-patent-grants", "发明专利授权总量", "Total invention patents granted", "6988", "piece", "", "p3"),
                List.of("western-china-rank", "在西部地区的位次", "Rank in western China", "2", "rank", "", "p3")));
    }

    @Test
    void barChartOfIndicatorsHasOnePointPerRowFormattedLikeTheTable() {
        Dataset finance = DataviewFixtures.ipFinance();

        DataChartBuilder.Result result = builder.chart(finance, finance.rows(), Language.EN, ChartKind.BAR,
                "IP financing", "indicator-ip-finance-chart", null);

        assertNull(result.problem());
        ChartSpec spec = result.spec();
        assertEquals(ChartKind.BAR, spec.kind());
        assertEquals("IP financing", spec.title());
        assertEquals("indicator-ip-finance-chart", spec.idPrefix());
        assertEquals(new ChartPoint("IP pledge financing (past three years)", new BigDecimal("3886000000"), "3.886 billion yuan"),
                spec.points().get(0));
        assertEquals("Bar lengths are proportional to the values. IP pledge financing (past three years): 3.886 billion yuan; "
                + "Knowledge-value credit loans (past three years): 4.594 billion yuan; "
                + "IP capital contributions (past three years): 1.23 billion yuan.", spec.description());
    }

    @Test
    void chineseChartUsesChineseLabelsAndFigures() {
        Dataset finance = DataviewFixtures.ipFinance();

        ChartSpec spec = builder.chart(finance, finance.rows(), Language.ZH, ChartKind.BAR, "知识产权金融", "c", null).spec();

        assertEquals(List.of("知识产权质押融资金额（近三年）", "知识价值信用贷款（近三年）", "知识产权出资（近三年）"),
                spec.points().stream().map(ChartPoint::label).toList());
        assertEquals(List.of("38.86亿元", "45.94亿元", "12.3亿元"), spec.points().stream().map(ChartPoint::valueText).toList());
        assertEquals("条形长度与数值成正比。知识产权质押融资金额（近三年）：38.86亿元；知识价值信用贷款（近三年）：45.94亿元；"
                + "知识产权出资（近三年）：12.3亿元。", spec.description());
    }

    @Test
    void rowsOfDifferentUnitsAreNotCharted() {
        Dataset indicators = keyIndicators();
        List<DatasetRow> rows = List.of(indicators.rows().get(0), indicators.rows().get(2));

        DataChartBuilder.Result result = builder.chart(indicators, rows, Language.EN, ChartKind.BAR, "t", "c", null);

        assertNull(result.spec());
        assertEquals("the rows have different units [piece, rank]; a chart compares like with like, so select rows of one"
                + " unit with rows=\"...\"", result.problem());
    }

    @Test
    void rowsOfOneUnitAreCharted() {
        Dataset indicators = keyIndicators();

        DataChartBuilder.Result result = builder.chart(indicators, indicators.rows().subList(0, 2), Language.EN,
                ChartKind.BAR, "t", "c", null);

        assertNull(result.problem());
        assertEquals(List.of("43,870 items", "6,988 items"), result.spec().points().stream().map(ChartPoint::valueText).toList());
    }

    @Test
    void columnChoosesWhichQuantityToChart() {
        Dataset series = DataviewFixtures.patentsByYear();

        ChartSpec first = builder.chart(series, series.rows(), Language.ZH, ChartKind.LINE, "t", "c", null).spec();
        ChartSpec trademarks = builder.chart(series, series.rows(), Language.ZH, ChartKind.LINE, "t", "c", "trademarks").spec();

        assertEquals(List.of(new BigDecimal("38000"), new BigDecimal("43870")),
                first.points().stream().map(ChartPoint::value).toList(), "the first quantity column by default");
        assertEquals(List.of(new ChartPoint("2018", new BigDecimal("400000"), "40万件"),
                new ChartPoint("2019", new BigDecimal("502200"), "50.22万件")), trademarks.points());
    }

    @Test
    void columnMustBeAQuantityColumn() {
        Dataset series = DataviewFixtures.patentsByYear();

        for (String column : List.of("year", "note", "no-such-column")) {
            DataChartBuilder.Result result = builder.chart(series, series.rows(), Language.EN, ChartKind.BAR, "t", "c", column);
            assertNull(result.spec(), column);
            assertEquals("column '" + column + "' is not a quantity column of dataset 'patents-by-year'; chart one of"
                    + " [patents, trademarks]", result.problem());
        }
    }

    @Test
    void lineChartNeedsTwoRows() {
        Dataset series = DataviewFixtures.patentsByYear();

        DataChartBuilder.Result one = builder.chart(series, series.rows().subList(1, 2), Language.EN, ChartKind.LINE, "t", "c", null);
        DataChartBuilder.Result bar = builder.chart(series, series.rows().subList(1, 2), Language.EN, ChartKind.BAR, "t", "c", null);

        assertNull(one.spec());
        assertEquals("a line chart needs at least two rows", one.problem());
        assertNotNull(bar.spec(), "a bar chart of one row is fine");
    }

    @Test
    void lineChartNeedsTwoRowsWithAValue() {
        // Two rows, but one has no value: the chart would have one point, which the SVG writer refuses.
        Dataset series = DataviewFixtures.dataset("d", DataviewFixtures.patentsByYear().fields(), List.of("year"),
                List.of(List.of("2018", "", "1", ""), List.of("2019", "43870", "2", "")), List.of(DataviewFixtures.BULLETIN));

        DataChartBuilder.Result result = builder.chart(series, series.rows(), Language.EN, ChartKind.LINE, "t", "c", null);

        assertNull(result.spec(), "a one-point line would make SvgChartWriter throw: an internal error, not a diagnostic");
        assertEquals("a line chart needs at least two rows with a value", result.problem());
    }

    @Test
    void emptyValuesAreLeftOutOfABarChart() {
        Dataset series = DataviewFixtures.dataset("d", DataviewFixtures.patentsByYear().fields(), List.of("year"),
                List.of(List.of("2018", "", "1", ""), List.of("2019", "43870", "2", "")), List.of(DataviewFixtures.BULLETIN));

        ChartSpec spec = builder.chart(series, series.rows(), Language.EN, ChartKind.BAR, "t", "c", null).spec();

        assertEquals(List.of("2019"), spec.points().stream().map(ChartPoint::label).toList());
    }

    @Test
    void datasetWithoutQuantitiesHasNoChart() {
        Dataset names = DataviewFixtures.dataset("names", List.of(DataviewFixtures.field("id", FieldType.STRING),
                        DataviewFixtures.field("name", FieldType.STRING)), List.of("id"),
                List.of(List.of("a", "A")), List.of(DataviewFixtures.BULLETIN));

        DataChartBuilder.Result result = builder.chart(names, names.rows(), Language.EN, ChartKind.BAR, "t", "c", null);

        assertEquals("dataset 'names' has no number or integer column to chart", result.problem());
    }
}
