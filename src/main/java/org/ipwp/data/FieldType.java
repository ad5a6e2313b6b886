package org.ipwp.data;

import java.util.Optional;

/** The Table Schema field types this project understands. */
public enum FieldType {
    STRING("string"),
    NUMBER("number"),
    INTEGER("integer"),
    DATE("date"),
    YEAR("year");

    private final String schemaName;

    FieldType(String schemaName) {
        this.schemaName = schemaName;
    }

    /** The name used in {@code datapackage.json}. */
    public String schemaName() {
        return schemaName;
    }

    public boolean isNumeric() {
        return this == NUMBER || this == INTEGER || this == YEAR;
    }

    public static Optional<FieldType> ofSchemaName(String name) {
        for (FieldType type : values()) {
            if (type.schemaName.equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
