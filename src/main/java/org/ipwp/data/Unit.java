package org.ipwp.data;

import java.util.Optional;

/**
 * Units of the indicator datasets. Chinese always writes the measure word after the number
 * (43870件); English writes only currency and percent next to the figure, leaving count nouns to
 * the sentence ("43,870 patents"). The words themselves are in the message bundles
 * ({@code unit.<code>}).
 */
public enum Unit {
    PIECE("piece", false),
    ENTERPRISE("enterprise", false),
    YUAN("yuan", true),
    PERSON_TIME("person-time", false),
    PERSON("person", false),
    COUNT("count", false),
    ITEM("item", false),
    SCHOOL("school", false),
    REGION("region", false),
    PERCENT("percent", true),
    WORKDAY("workday", false),
    AWARD("award", false),
    RANK("rank", false);

    private final String code;
    private final boolean shownInEnglishProse;

    Unit(String code, boolean shownInEnglishProse) {
        this.code = code;
        this.shownInEnglishProse = shownInEnglishProse;
    }

    /** The code used in the CSV {@code unit} column. */
    public String code() {
        return code;
    }

    /** Whether English prose shows the unit word next to the figure (yuan, %). */
    public boolean shownInEnglishProse() {
        return shownInEnglishProse;
    }

    public static Optional<Unit> ofCode(String code) {
        for (Unit unit : values()) {
            if (unit.code.equals(code)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}
