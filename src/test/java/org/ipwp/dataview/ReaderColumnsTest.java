package org.ipwp.dataview;

import static org.ipwp.dataview.DataviewFixtures.field;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ipwp.data.Dataset;
import org.ipwp.data.FieldType;
import org.ipwp.data.Unit;
import org.ipwp.i18n.Language;
import org.junit.jupiter.api.Test;

class ReaderColumnsTest {

    @Test
    void indicatorDatasetShowsEachLanguageItsOwnLabelAndTheValue() {
        ReaderColumns columns = ReaderColumns.of(DataviewFixtures.ipFinance());

        // id, label_zh, label_en, value, unit, qualifier, paragraph
        assertEquals(new ReaderColumns(1, 2, List.of(3), List.of(), 4, 5, 6), columns);
        assertEquals(1, columns.label(Language.ZH));
        assertEquals(2, columns.label(Language.EN));
    }

    @Test
    void timeSeriesIsLabelledByItsYear() {
        ReaderColumns columns = ReaderColumns.of(DataviewFixtures.patentsByYear());

        // year, patents (unit piece), trademarks (unit piece), note
        assertEquals(0, columns.label(Language.ZH));
        assertEquals(0, columns.label(Language.EN));
        assertEquals(List.of(1, 2), columns.quantities());
        assertEquals(List.of(3), columns.texts());
        assertEquals(-1, columns.unit());
        assertEquals(-1, columns.qualifier());
        assertEquals(-1, columns.paragraph());
    }

    @Test
    void yearLabelNeedNotBeTheFirstColumnOrTheKey() {
        Dataset dataset = DataviewFixtures.dataset("d", List.of(field("id", FieldType.STRING), field("year", FieldType.YEAR),
                        field("grants", FieldType.NUMBER, Unit.PIECE)), List.of("id"),
                List.of(List.of("a", "2019", "1")), List.of(DataviewFixtures.BULLETIN));

        ReaderColumns columns = ReaderColumns.of(dataset);

        assertEquals(1, columns.label(Language.EN));
        assertEquals(List.of(2), columns.quantities());
        assertEquals(List.of(), columns.texts(), "the key column is not repeated as text");
    }

    @Test
    void aDateLabelsATimeSeriesToo() {
        Dataset dataset = DataviewFixtures.dataset("d", List.of(field("value", FieldType.NUMBER), field("day", FieldType.DATE)),
                List.of(), List.of(List.of("1", "2020-03-31")), List.of(DataviewFixtures.BULLETIN));

        ReaderColumns columns = ReaderColumns.of(dataset);

        assertEquals(1, columns.label(Language.ZH));
        assertEquals(List.of(0), columns.quantities());
    }

    @Test
    void withoutBilingualLabelsOrYearsTheKeyNamesTheRow() {
        Dataset dataset = DataviewFixtures.dataset("d", List.of(field("name", FieldType.STRING), field("code", FieldType.STRING),
                        field("label_zh", FieldType.STRING), field("count", FieldType.INTEGER)), List.of("code"),
                List.of(List.of("甲", "a", "甲", "1")), List.of(DataviewFixtures.BULLETIN));

        ReaderColumns columns = ReaderColumns.of(dataset);

        assertEquals(1, columns.label(Language.ZH), "label_zh alone is not a pair: English readers would get Chinese");
        assertEquals(1, columns.label(Language.EN));
        assertEquals(List.of(0, 2), columns.texts());
        assertEquals(List.of(3), columns.quantities());
    }

    @Test
    void withoutAnyKeyTheFirstColumnNamesTheRow() {
        Dataset dataset = DataviewFixtures.dataset("d", List.of(field("name", FieldType.STRING), field("count", FieldType.INTEGER)),
                List.of(), List.of(List.of("甲", "1")), List.of(DataviewFixtures.BULLETIN));

        ReaderColumns columns = ReaderColumns.of(dataset);

        assertEquals(0, columns.label(Language.EN));
        assertEquals(List.of(1), columns.quantities());
        assertEquals(List.of(), columns.texts());
    }

    @Test
    void roleColumnsMustBeText() {
        // An integer column that happens to be called "unit" or "paragraph" is a quantity, not a role.
        Dataset dataset = DataviewFixtures.dataset("d", List.of(field("id", FieldType.STRING), field("unit", FieldType.INTEGER),
                        field("paragraph", FieldType.INTEGER)), List.of("id"),
                List.of(List.of("a", "1", "2")), List.of(DataviewFixtures.LETTER));

        ReaderColumns columns = ReaderColumns.of(dataset);

        assertEquals(-1, columns.unit());
        assertEquals(-1, columns.paragraph());
        assertEquals(List.of(1, 2), columns.quantities());
    }
}
