package org.ipwp.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ipwp.i18n.LocalizedText;

/**
 * A validated dataset: metadata from {@code datapackage.json} and the rows of its one CSV resource.
 *
 * @param id          the folder name, also the URL segment
 * @param csvPath     repository-relative path of the CSV, for diagnostics
 * @param fields      the schema, in column order
 * @param primaryKey  the primary-key field names (may be empty)
 */
public record Dataset(
        String id,
        LocalizedText title,
        LocalizedText description,
        LocalDate updated,
        LocalizedText coverage,
        String licenseName,
        String licenseUrl,
        List<DatasetSource> sources,
        String csvPath,
        List<Field> fields,
        List<String> primaryKey,
        List<DatasetRow> rows) {

    public Dataset {
        sources = List.copyOf(sources);
        fields = List.copyOf(fields);
        primaryKey = List.copyOf(primaryKey);
        rows = List.copyOf(rows);
    }

    /** The column index of {@code fieldName}, or -1. */
    public int columnOf(String fieldName) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(fieldName)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The column that names a row for {@link #rowByKey}: the primary-key field when the key is one
     * field; without a primary key, the column named {@code id} (Table Schema makes the key optional,
     * and an indicator table's {@code id} column is what chapters quote by); otherwise -1, for a
     * dataset with neither and for a composite key, which one string cannot name.
     */
    public int keyColumn() {
        if (primaryKey.isEmpty()) {
            return columnOf("id");
        }
        return primaryKey.size() == 1 ? columnOf(primaryKey.get(0)) : -1;
    }

    /**
     * The row whose {@link #keyColumn} equals {@code key}; empty when there is no such row or no key
     * column. Without a primary key the {@code id} column is not checked for uniqueness, so the first
     * matching row is the one returned.
     */
    public Optional<DatasetRow> rowByKey(String key) {
        int column = keyColumn();
        if (column < 0) {
            return Optional.empty();
        }
        return rows.stream().filter(row -> row.cells().get(column).equals(key)).findFirst();
    }
}
