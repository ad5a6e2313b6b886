package org.ipwp.dataview;

import static org.ipwp.dataview.DataviewFixtures.field;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.ipwp.data.Dataset;
import org.ipwp.data.FieldType;
import org.ipwp.data.Unit;
import org.ipwp.i18n.Language;
import org.junit.jupiter.api.Test;

class CellTextTest {

    private final CellText cells = DataviewFixtures.cells();

    private String quantity(Dataset dataset, int row, int column, Language language) {
        return cells.quantity(dataset, ReaderColumns.of(dataset), dataset.rows().get(row), column, language);
    }

    @Test
    void indicatorValueTakesTheUnitOfItsRow() {
        Dataset finance = DataviewFixtures.ipFinance();

        assertEquals("38.86亿元", quantity(finance, 0, 3, Language.ZH));
        assertEquals("3.886 billion yuan", quantity(finance, 0, 3, Language.EN));
        assertEquals("12.3亿元", quantity(finance, 2, 3, Language.ZH));
        assertEquals("1.23 billion yuan", quantity(finance, 2, 3, Language.EN));
    }

    @Test
    void tableCellsNameCountUnitsInEnglishToo() {
        Dataset talent = DataviewFixtures.talent();

        assertEquals("6所", quantity(talent, 0, 3, Language.ZH));
        assertEquals("6 schools", quantity(talent, 0, 3, Language.EN));
    }

    @Test
    void moreThanQualifierIsWordedPerLanguage() {
        Dataset talent = DataviewFixtures.talent();

        assertEquals("超过1500人次", quantity(talent, 1, 3, Language.ZH));
        assertEquals("more than 1,500 person-times", quantity(talent, 1, 3, Language.EN));
    }

    @Test
    void qualifierWithoutAMessageIsShownAsWritten() {
        Dataset dataset = DataviewFixtures.indicators("d", List.of(
                List.of("a", "甲", "A", "1500", "person", "about", "p1")));

        assertEquals("1,500 people (about)", quantity(dataset, 0, 3, Language.EN));
    }

    @Test
    void fieldUnitComesBeforeAnyUnitColumn() {
        Dataset dataset = DataviewFixtures.dataset("d", List.of(field("id", FieldType.STRING),
                        field("amount", FieldType.NUMBER, Unit.YUAN), field("unit", FieldType.STRING)), List.of("id"),
                List.of(List.of("a", "3886000000", "piece")), List.of(DataviewFixtures.BULLETIN));
        ReaderColumns columns = ReaderColumns.of(dataset);

        assertEquals(Optional.of(Unit.YUAN), cells.unitOf(dataset, columns, dataset.rows().get(0), 1));
        assertEquals("38.86亿元", quantity(dataset, 0, 1, Language.ZH));
    }

    @Test
    void timeSeriesFieldUnitFormatsEveryRow() {
        Dataset series = DataviewFixtures.patentsByYear();

        assertEquals("43870件", quantity(series, 1, 1, Language.ZH));
        assertEquals("43,870 items", quantity(series, 1, 1, Language.EN));
        assertEquals("50.22万件", quantity(series, 1, 2, Language.ZH));
    }

    @Test
    void quantityWithoutAnyUnitIsAPlainNumber() {
        Dataset dataset = DataviewFixtures.dataset("d", List.of(field("id", FieldType.STRING), field("count", FieldType.INTEGER)),
                List.of("id"), List.of(List.of("a", "502200")), List.of(DataviewFixtures.BULLETIN));
        ReaderColumns columns = ReaderColumns.of(dataset);

        assertEquals(Optional.empty(), cells.unitOf(dataset, columns, dataset.rows().get(0), 1));
        assertEquals("50.22万", quantity(dataset, 0, 1, Language.ZH));
        assertEquals("502,200", quantity(dataset, 0, 1, Language.EN));
    }

    @Test
    void unknownUnitCodeInTheRowIsNoUnit() {
        Dataset dataset = DataviewFixtures.indicators("d", List.of(List.of("a", "甲", "A", "1200", "kg", "", "p1")));
        ReaderColumns columns = ReaderColumns.of(dataset);

        assertEquals(Optional.empty(), cells.unitOf(dataset, columns, dataset.rows().get(0), 3));
        assertEquals("1,200", quantity(dataset, 0, 3, Language.EN));
    }

    @Test
    void emptyCellStaysEmptyEvenWithAQualifier() {
        Dataset dataset = DataviewFixtures.indicators("d", List.of(List.of("a", "甲", "A", "", "piece", "more-than", "p1")));

        assertEquals("", quantity(dataset, 0, 3, Language.ZH));
        assertEquals("", quantity(dataset, 0, 3, Language.EN));
    }

    @Test
    void ticksArePlainNumbersPerLanguage() {
        assertEquals("200万", cells.tick(new BigDecimal("2000000"), Language.ZH));
        assertEquals("2,000,000", cells.tick(new BigDecimal("2000000"), Language.EN));
    }
}
