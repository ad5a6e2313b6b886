package org.ipwp.data;

import org.ipwp.i18n.LocalizedText;

/** One column of a dataset's schema. */
public record Field(String name, FieldType type, LocalizedText title, FieldConstraints constraints) {
}
