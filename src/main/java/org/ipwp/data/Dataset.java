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

    /** The row whose single-field primary key equals {@code key}. */
    public Optional<DatasetRow> rowByKey(String key) {
        if (primaryKey.size() != 1) {
            return Optional.empty();
        }
        int column = columnOf(primaryKey.get(0));
        return rows.stream().filter(row -> row.cells().get(column).equals(key)).findFirst();
    }
}
