package org.ipwp.data;

import java.util.List;

/**
 * One data row: the cells as written (after decoding), in schema order, and the CSV line it
 * started on.
 */
public record DatasetRow(int line, List<String> cells) {

    public DatasetRow {
        cells = List.copyOf(cells);
    }
}
