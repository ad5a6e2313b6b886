package org.ipwp.data;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A field's display hint for Chinese ({@code "zhMagnitude"} in the schema): when a figure switches
 * from digits to 万/亿. English always groups thousands.
 */
public enum ChineseMagnitude {
    /** 万 from 100,000 (50.22万件, but 43870件): the usual style of statistical bulletins. */
    AUTO("auto", BigDecimal.TEN.pow(5)),
    /** 万 from 10,000 (4.387万件): headline style. */
    WAN("wan", BigDecimal.TEN.pow(4)),
    /** Always digits (502200件): for codes, ranks and figures compared digit by digit. */
    PLAIN("plain", null);

    private final String schemaName;
    private final BigDecimal wanFrom;

    ChineseMagnitude(String schemaName, BigDecimal wanFrom) {
        this.schemaName = schemaName;
        this.wanFrom = wanFrom;
    }

    public String schemaName() {
        return schemaName;
    }

    /** From which rounded magnitude 万 is used, or {@code null} for never. */
    BigDecimal wanFrom() {
        return wanFrom;
    }

    public static Optional<ChineseMagnitude> ofSchemaName(String name) {
        for (ChineseMagnitude value : values()) {
            if (value.schemaName.equals(name)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
