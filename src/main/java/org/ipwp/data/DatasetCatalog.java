package org.ipwp.data;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ipwp.i18n.Language;

/**
 * All datasets of the site by id, and the lookup of single figures that chapters quote.
 */
public final class DatasetCatalog {

    /** Result of a figure lookup: the figure, or why there is none. */
    public record Lookup(Figure figure, String problem) {
    }

    private final Map<String, Dataset> byId;
    private final QuantityFormatter formatter;

    public DatasetCatalog(Collection<Dataset> datasets, QuantityFormatter formatter) {
        TreeMap<String, Dataset> map = new TreeMap<>();
        datasets.forEach(dataset -> map.put(dataset.id(), dataset));
        this.byId = map;
        this.formatter = formatter;
    }

    /**
     * Every value of a number field of a keyed dataset (without trailing zeros), with the
     * {@code figure:} macros that quote it, for the check that finds figures typed into prose.
     */
    public Map<BigDecimal, List<String>> quotableValues() {
        Map<BigDecimal, List<String>> values = new TreeMap<>();
        for (Dataset dataset : byId.values()) {
            int key = dataset.keyColumn();
            if (key < 0) {
                continue;
            }
            for (int c = 0; c < dataset.fields().size(); c++) {
                Field field = dataset.fields().get(c);
                if (field.type() != FieldType.NUMBER && field.type() != FieldType.INTEGER) {
                    continue;
                }
                String fieldOption = field.name().equals("value") ? "" : ", field=" + field.name();
                for (DatasetRow row : dataset.rows()) {
                    String cell = row.cells().get(c);
                    if (!cell.isEmpty()) {
                        values.computeIfAbsent(new BigDecimal(cell).stripTrailingZeros(), v -> new java.util.ArrayList<>())
                                .add("figure:" + dataset.id() + "[" + row.cells().get(key) + fieldOption + "]");
                    }
                }
            }
        }
        return values;
    }

    /** Datasets sorted by id. */
    public List<Dataset> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Dataset> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public QuantityFormatter formatter() {
        return formatter;
    }

    /**
     * Looks up field {@code fieldName} (default {@code value}) of row {@code rowKey} of dataset
     * {@code datasetId}, formatted for {@code language}. The field must be a number or integer; its
     * unit is the field's own unit, else the row's {@code unit} column, else none. The dataset needs
     * a column that names its rows: see {@link Dataset#keyColumn} (a single-field primary key, else
     * a column named {@code id}).
     */
    public Lookup figure(String datasetId, String rowKey, String fieldName, Language language) {
        Dataset dataset = byId.get(datasetId);
        if (dataset == null) {
            return new Lookup(null, "unknown dataset '" + datasetId + "'; datasets are: " + String.join(", ", byId.keySet()));
        }
        String field = fieldName == null ? "value" : fieldName;
        int valueColumn = dataset.columnOf(field);
        if (valueColumn < 0 || !(dataset.fields().get(valueColumn).type() == FieldType.NUMBER
                || dataset.fields().get(valueColumn).type() == FieldType.INTEGER)) {
            List<String> numeric = dataset.fields().stream()
                    .filter(f -> f.type() == FieldType.NUMBER || f.type() == FieldType.INTEGER).map(Field::name).toList();
            return new Lookup(null, "dataset '" + datasetId + "' has no number field '" + field + "' to quote; number fields are: "
                    + String.join(", ", numeric));
        }
        int unitColumn = dataset.columnOf("unit");
        int keyColumn = dataset.keyColumn();
        if (keyColumn < 0 && dataset.primaryKey().isEmpty()) {
            return new Lookup(null, "dataset '" + datasetId + "' has no primary key; add \"primaryKey\": [\"id\"] to its schema");
        }
        if (keyColumn < 0) {
            // A composite key, or (the reader does not check it) a key naming a field the schema lacks.
            return new Lookup(null, "dataset '" + datasetId + "' cannot be quoted by its primary key " + dataset.primaryKey()
                    + "; a figure needs a primaryKey of one field of the schema");
        }
        Optional<DatasetRow> row = dataset.rowByKey(rowKey);
        if (row.isEmpty()) {
            List<String> keys = dataset.rows().stream().map(r -> r.cells().get(keyColumn)).toList();
            return new Lookup(null, "dataset '" + datasetId + "' has no row '" + rowKey + "'; rows are: " + String.join(", ", keys));
        }
        String cell = row.get().cells().get(valueColumn);
        if (cell.isEmpty()) {
            return new Lookup(null, "row '" + rowKey + "' of dataset '" + datasetId + "' has no value");
        }
        BigDecimal value = new BigDecimal(cell);
        Unit fieldUnit = dataset.fields().get(valueColumn).unit();
        if (fieldUnit != null || unitColumn < 0) {
            ChineseMagnitude hint = dataset.fields().get(valueColumn).zhMagnitude();
            String text = fieldUnit == null ? formatter.number(value, language, hint) : formatter.inProse(value, fieldUnit, language, hint);
            return new Lookup(new Figure(datasetId, rowKey, field, value, text), null);
        }
        Optional<Unit> unit = Unit.ofCode(row.get().cells().get(unitColumn));
        if (unit.isEmpty()) {
            return new Lookup(null, "row '" + rowKey + "' of dataset '" + datasetId + "' has unknown unit '"
                    + row.get().cells().get(unitColumn) + "'");
        }
        return new Lookup(new Figure(datasetId, rowKey, field, value, formatter.inProse(value, unit.get(), language,
                dataset.fields().get(valueColumn).zhMagnitude())), null);
    }
}
