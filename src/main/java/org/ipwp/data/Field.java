package org.ipwp.data;

import org.ipwp.i18n.LocalizedText;

/**
 * One column of a dataset's schema.
 *
 * @param unit        the unit of every value in this column (schema property {@code unit}), or
 *                    {@code null} when the unit is per row (a {@code unit} column) or the column is
 *                    not a quantity
 * @param zhMagnitude when Chinese switches to 万/亿 (schema property {@code zhMagnitude})
 */
public record Field(String name, FieldType type, LocalizedText title, FieldConstraints constraints, Unit unit,
                    ChineseMagnitude zhMagnitude) {

    /** A field with the default Chinese display ({@link ChineseMagnitude#AUTO}). */
    public Field(String name, FieldType type, LocalizedText title, FieldConstraints constraints, Unit unit) {
        this(name, type, title, constraints, unit, ChineseMagnitude.AUTO);
    }
}
