package org.ipwp.dataview;

import java.math.BigDecimal;
import java.util.Optional;
import org.ipwp.data.ChineseMagnitude;
import org.ipwp.data.Dataset;
import org.ipwp.data.DatasetRow;
import org.ipwp.data.QuantityFormatter;
import org.ipwp.data.Unit;
import org.ipwp.i18n.Language;
import org.ipwp.i18n.Messages;

/**
 * The text of one quantity cell for readers: the value formatted per locale with its unit (the
 * field's own unit, else the row's {@code unit} column) and its qualifier ("more than 1,500").
 */
public final class CellText {

    private final Messages messages;
    private final QuantityFormatter formatter;

    public CellText(Messages messages, QuantityFormatter formatter) {
        this.messages = messages;
        this.formatter = formatter;
    }

    /** The unit of {@code column} in {@code row}, if it has one. */
    public Optional<Unit> unitOf(Dataset dataset, ReaderColumns columns, DatasetRow row, int column) {
        Unit fieldUnit = dataset.fields().get(column).unit();
        if (fieldUnit != null) {
            return Optional.of(fieldUnit);
        }
        return columns.unit() < 0 ? Optional.empty() : Unit.ofCode(row.cells().get(columns.unit()));
    }

    /** The quantity as a table cell shows it, or "" for an empty cell. */
    public String quantity(Dataset dataset, ReaderColumns columns, DatasetRow row, int column, Language language) {
        String cell = row.cells().get(column);
        if (cell.isEmpty()) {
            return "";
        }
        BigDecimal value = new BigDecimal(cell);
        String text = unitOf(dataset, columns, row, column)
                .map(unit -> formatter.inTable(value, unit, language, dataset.fields().get(column).zhMagnitude()))
                .orElseGet(() -> formatter.number(value, language, dataset.fields().get(column).zhMagnitude()));
        String qualifier = columns.qualifier() < 0 ? "" : row.cells().get(columns.qualifier());
        if (qualifier.isEmpty()) {
            return text;
        }
        String key = "qualifier." + qualifier;
        return messages.has(key) ? messages.get(language, key, text) : text + " (" + qualifier + ")";
    }

    /** A plain number for a chart axis tick. */
    public String tick(BigDecimal value, Language language) {
        return formatter.number(value, language, ChineseMagnitude.AUTO);
    }
}
