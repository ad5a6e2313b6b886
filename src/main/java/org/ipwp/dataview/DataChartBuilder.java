package org.ipwp.dataview;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.ipwp.chart.ChartKind;
import org.ipwp.chart.ChartPoint;
import org.ipwp.chart.ChartSpec;
import org.ipwp.data.Dataset;
import org.ipwp.data.DatasetRow;
import org.ipwp.data.Unit;
import org.ipwp.i18n.Language;
import org.ipwp.i18n.Messages;

/**
 * Turns one quantity column of some rows into a {@link ChartSpec}: one point per row, labelled in
 * the page's language, its value text formatted as in the table. A chart compares like with like,
 * so the rows must share one unit; the description lists every value for screen readers (the
 * SVG is one image to them).
 */
public final class DataChartBuilder {

    /** The chart, or why there is none. */
    public record Result(ChartSpec spec, String problem) {
    }

    private final Messages messages;
    private final CellText cells;

    public DataChartBuilder(Messages messages, CellText cells) {
        this.messages = messages;
        this.cells = cells;
    }

    /**
     * @param columnName the quantity column to chart, or {@code null} for the first one
     */
    public Result chart(Dataset dataset, List<DatasetRow> rows, Language language, ChartKind kind, String title,
                        String idPrefix, String columnName) {
        ReaderColumns columns = ReaderColumns.of(dataset);
        if (columns.quantities().isEmpty()) {
            return new Result(null, "dataset '" + dataset.id() + "' has no number or integer column to chart");
        }
        int column = columns.quantities().get(0);
        if (columnName != null) {
            column = dataset.columnOf(columnName);
            if (!columns.quantities().contains(column)) {
                return new Result(null, "column '" + columnName + "' is not a quantity column of dataset '" + dataset.id()
                        + "'; chart one of " + columns.quantities().stream().map(c -> dataset.fields().get(c).name()).toList());
            }
        }
        if (kind == ChartKind.LINE && rows.size() < 2) {
            return new Result(null, "a line chart needs at least two rows");
        }
        TreeSet<String> units = new TreeSet<>();
        List<ChartPoint> points = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (DatasetRow row : rows) {
            String cell = row.cells().get(column);
            if (cell.isEmpty()) {
                continue;
            }
            Optional<Unit> unit = cells.unitOf(dataset, columns, row, column);
            units.add(unit.map(Unit::code).orElse("-"));
            String label = row.cells().get(columns.label(language));
            String text = cells.quantity(dataset, columns, row, column, language);
            points.add(new ChartPoint(label, new BigDecimal(cell), text));
            described.add(messages.get(language, "chart.point", label, text));
        }
        if (kind == ChartKind.LINE && points.size() < 2) {
            // Rows with an empty cell are left out; the SVG writer refuses a line of one point.
            return new Result(null, "a line chart needs at least two rows with a value");
        }
        if (units.size() > 1) {
            return new Result(null, "the rows have different units " + units
                    + "; a chart compares like with like, so select rows of one unit with rows=\"...\"");
        }
        String values = described.stream().reduce((a, b) -> messages.get(language, "chart.join", a, b)).orElse("");
        String description = messages.get(language, "chart.description", values);
        return new Result(new ChartSpec(kind, title, description, idPrefix, points), null);
    }
}
