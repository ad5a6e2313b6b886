package org.ipwp.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ipwp.i18n.Language;
import org.ipwp.i18n.LocalizedText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DatasetCatalogTest {

    private static QuantityFormatter formatter;

    @BeforeAll
    static void loadRealBundles() {
        formatter = new QuantityFormatter(RealMessages.load());
    }

    private static Field field(String name, FieldType type) {
        return new Field(name, type, new LocalizedText(name, name), FieldConstraints.none(), null);
    }

    private static Dataset dataset(String id, List<Field> fields, List<String> primaryKey, List<List<String>> rows) {
        List<DatasetRow> datasetRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            datasetRows.add(new DatasetRow(i + 2, rows.get(i)));
        }
        LocalizedText text = new LocalizedText("文字", "text");
        return new Dataset(id, text, text, LocalDate.of(2020, 3, 31), text, "CC-BY-4.0",
                "https://creativecommons.org/licenses/by/4.0/", List.of(), "data/" + id + "/" + id + ".csv",
                fields, primaryKey, datasetRows);
    }

    private static final List<Field> INDICATOR_FIELDS = List.of(
            field("id", FieldType.STRING), field("value", FieldType.NUMBER), field("unit", FieldType.STRING));

    private static DatasetCatalog catalog() {
        Dataset indicators = dataset("key-indicators", INDICATOR_FIELDS, List.of("id"), List.of(
                List.of("patent-grants", "43870", "piece"),
                List.of("valid-trademarks", "502200", "piece"),
                List.of("ip-pledge", "3886000000", "yuan")));
        Dataset talent = dataset("talent", INDICATOR_FIELDS, List.of("id"), List.of(List.of("trainees", "1200", "person")));
        return new DatasetCatalog(List.of(talent, indicators), formatter);
    }

    @Test
    void unknownDatasetListsTheKnownDatasetsSorted() {
        DatasetCatalog.Lookup lookup = catalog().figure("patents", "patent-grants", null, Language.ZH);

        assertNull(lookup.figure());
        assertEquals("unknown dataset 'patents'; datasets are: key-indicators, talent", lookup.problem());
    }

    @Test
    void unknownRowListsTheRowsOfTheDataset() {
        DatasetCatalog.Lookup lookup = catalog().figure("key-indicators", "patents", null, Language.ZH);

        assertNull(lookup.figure());
        assertEquals("dataset 'key-indicators' has no row 'patents'; rows are: patent-grants, valid-trademarks, ip-pledge",
                lookup.problem());
    }

    @Test
    void figureInChineseHasMeasureWord() {
        DatasetCatalog.Lookup lookup = catalog().figure("key-indicators", "valid-trademarks", null, Language.ZH);

        assertNull(lookup.problem());
        assertEquals(new Figure("key-indicators", "valid-trademarks", "value", new BigDecimal("502200"), "50.22万件"), lookup.figure());
    }

    @Test
    void figureInEnglishIsGroupedWithoutCountUnit() {
        DatasetCatalog.Lookup lookup = catalog().figure("key-indicators", "patent-grants", null, Language.EN);

        assertEquals("43,870", lookup.figure().text());
    }

    @Test
    void figureInEnglishNamesBillionsOfYuan() {
        DatasetCatalog.Lookup lookup = catalog().figure("key-indicators", "ip-pledge", null, Language.EN);

        assertEquals("3.886 billion yuan", lookup.figure().text());
    }

    @Test
    void datasetWithoutValueAndUnitColumnsCannotBeQuoted() {
        Dataset names = dataset("names", List.of(field("id", FieldType.STRING), field("name", FieldType.STRING)),
                List.of("id"), List.of(List.of("a", "A")));

        DatasetCatalog.Lookup lookup = new DatasetCatalog(List.of(names), formatter).figure("names", "a", null, Language.ZH);

        assertEquals("dataset 'names' has no number field 'value' to quote; number fields are: ", lookup.problem());
    }

    @Test
    void emptyValueIsAProblem() {
        Dataset data = dataset("d", INDICATOR_FIELDS, List.of("id"), List.of(List.of("a", "", "piece")));

        DatasetCatalog.Lookup lookup = new DatasetCatalog(List.of(data), formatter).figure("d", "a", null, Language.ZH);

        assertEquals("row 'a' of dataset 'd' has no value", lookup.problem());
    }

    @Test
    void unknownUnitIsAProblem() {
        Dataset data = dataset("d", INDICATOR_FIELDS, List.of("id"), List.of(List.of("a", "1", "kg")));

        DatasetCatalog.Lookup lookup = new DatasetCatalog(List.of(data), formatter).figure("d", "a", null, Language.ZH);

        assertEquals("row 'a' of dataset 'd' has unknown unit 'kg'", lookup.problem());
    }

    @Test
    void datasetWithoutPrimaryKeyIsLookedUpByIdColumn() {
        Dataset data = dataset("d", INDICATOR_FIELDS, List.of(), List.of(List.of("a", "1", "piece")));

        DatasetCatalog.Lookup lookup = new DatasetCatalog(List.of(data), formatter).figure("d", "a", null, Language.ZH);

        assertNull(lookup.problem());
        assertEquals("1件", lookup.figure().text());
    }

    @Test
    void unknownRowInDatasetWithoutKeyOrIdColumnIsAProblem() {
        List<Field> fields = List.of(field("code", FieldType.STRING), field("value", FieldType.NUMBER), field("unit", FieldType.STRING));
        Dataset data = dataset("d", fields, List.of(), List.of(List.of("a", "1", "piece")));

        DatasetCatalog.Lookup lookup = new DatasetCatalog(List.of(data), formatter).figure("d", "x", null, Language.ZH);

        assertNull(lookup.figure());
        assertEquals("dataset 'd' has no primary key; add \"primaryKey\": [\"id\"] to its schema", lookup.problem());
    }

    @Test
    void unknownRowInDatasetWithoutPrimaryKeyListsTheIdColumn() {
        Dataset data = dataset("d", INDICATOR_FIELDS, List.of(), List.of(List.of("a", "1", "piece"), List.of("b", "2", "piece")));

        DatasetCatalog.Lookup lookup = new DatasetCatalog(List.of(data), formatter).figure("d", "x", null, Language.ZH);

        assertEquals("dataset 'd' has no row 'x'; rows are: a, b", lookup.problem());
    }

    @Test
    void primaryKeyOtherThanIdIsTheRowKey() {
        List<Field> fields = List.of(field("id", FieldType.STRING), field("code", FieldType.STRING),
                field("value", FieldType.NUMBER), field("unit", FieldType.STRING));
        Dataset data = dataset("d", fields, List.of("code"), List.of(List.of("a", "c1", "1", "piece")));

        DatasetCatalog catalog = new DatasetCatalog(List.of(data), formatter);

        assertEquals("1件", catalog.figure("d", "c1", null, Language.ZH).figure().text());
        assertEquals("dataset 'd' has no row 'a'; rows are: c1", catalog.figure("d", "a", null, Language.ZH).problem());
    }

    @Test
    void compositePrimaryKeyCannotBeQuoted() {
        List<Field> fields = List.of(field("id", FieldType.STRING), field("year", FieldType.STRING),
                field("value", FieldType.NUMBER), field("unit", FieldType.STRING));
        Dataset data = dataset("d", fields, List.of("id", "year"), List.of(List.of("a", "2020", "1", "piece")));

        DatasetCatalog.Lookup lookup = new DatasetCatalog(List.of(data), formatter).figure("d", "a", null, Language.ZH);

        assertNull(lookup.figure());
        assertEquals("dataset 'd' cannot be quoted by its primary key [id, year]; a figure needs a primaryKey of one"
                + " field of the schema", lookup.problem());
    }
}
