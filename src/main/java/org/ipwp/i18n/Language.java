package org.ipwp.i18n;

import java.util.Locale;
import java.util.Optional;

/** The site's languages; the first folder under {@code content/} names a page's language. */
public enum Language {
    ZH("zh", "zh-CN", Locale.SIMPLIFIED_CHINESE),
    EN("en", "en", Locale.UK);

    private final String code;
    private final String htmlLang;
    private final Locale locale;

    Language(String code, String htmlLang, Locale locale) {
        this.code = code;
        this.htmlLang = htmlLang;
        this.locale = locale;
    }

    /** The folder and URL prefix: {@code zh} or {@code en}. */
    public String code() {
        return code;
    }

    /** The value of {@code <html lang>} and {@code hreflang}: {@code zh-CN} or {@code en}. */
    public String htmlLang() {
        return htmlLang;
    }

    /** The locale used for display formats. */
    public Locale locale() {
        return locale;
    }

    /** The other language of the pair. */
    public Language other() {
        return this == ZH ? EN : ZH;
    }

    /** The language whose folder is {@code code}, if any. */
    public static Optional<Language> ofCode(String code) {
        for (Language language : values()) {
            if (language.code.equals(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
