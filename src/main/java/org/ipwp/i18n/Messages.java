package org.ipwp.i18n;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The interface strings of both languages, loaded from {@code templates/i18n/messages_zh.properties}
 * and {@code messages_en.properties}. Both bundles must have the same keys (checked by
 * {@link MessagesReader}); asking for an unknown key is a template bug and throws.
 */
public final class Messages {

    private final Map<Language, SortedMap<String, String>> bundles;

    public Messages(Map<Language, ? extends Map<String, String>> bundles) {
        Map<Language, SortedMap<String, String>> copy = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Map<String, String> bundle = bundles.get(language);
            if (bundle == null) {
                throw new IllegalArgumentException("no messages for " + language);
            }
            copy.put(language, new TreeMap<>(bundle));
        }
        this.bundles = copy;
    }

    /**
     * The message {@code key} in {@code language}, with {@code {0}}-style arguments filled in.
     *
     * @throws IllegalArgumentException for an unknown key
     */
    public String get(Language language, String key, Object... arguments) {
        String pattern = bundles.get(language).get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no message '" + key + "' for language " + language.code());
        }
        if (arguments.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, language.locale()).format(arguments);
    }

    /** The message {@code key} in {@code language}, without arguments (for templates: OGNL cannot call varargs). */
    public String text(Language language, String key) {
        return get(language, key);
    }

    /** Whether {@code key} exists (in both languages, by construction). */
    public boolean has(String key) {
        return bundles.get(Language.ZH).containsKey(key);
    }
}
