package org.ipwp.i18n;

import java.util.Objects;

/** A text in both languages. */
public record LocalizedText(String zh, String en) {

    public LocalizedText {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    /** The text in {@code language}. */
    public String get(Language language) {
        return language == Language.ZH ? zh : en;
    }
}
