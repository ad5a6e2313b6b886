package org.ipwp.data;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Table Schema constraints of one field; {@code null} means "not constrained".
 */
public record FieldConstraints(boolean required, boolean unique, BigDecimal minimum, BigDecimal maximum,
                               Pattern pattern, List<String> enumeration) {

    /** No constraints at all. */
    public static FieldConstraints none() {
        return new FieldConstraints(false, false, null, null, null, null);
    }
}
