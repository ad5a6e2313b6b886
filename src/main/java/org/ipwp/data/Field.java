package org.ipwp.data;

import org.ipwp.i18n.LocalizedText;

/**
 * One column of a dataset's schema.
 *
 * @param unit the unit of every value in this column (schema property {@code unit}), or {@code null}
 *             when the unit is per row (a {@code unit} column) or the column is not a quantity
 */
public record Field(String name, FieldType type, LocalizedText title, FieldConstraints constraints, Unit unit) {
}
