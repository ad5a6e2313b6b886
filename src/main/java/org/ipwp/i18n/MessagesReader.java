package org.ipwp.i18n;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.ipwp.diag.Diagnostics;
import org.ipwp.diag.SourcePosition;

/**
 * Reads the message bundles: {@code key=value} per line in UTF-8 (not ISO-8859-1 as
 * {@link java.util.Properties} would), {@code #} comments. Reports duplicate keys, empty values and
 * keys present in one language but not the other, each with its line.
 */
public final class MessagesReader {

    private final Diagnostics diagnostics;
    private final Map<Language, Map<String, String>> bundles = new EnumMap<>(Language.class);
    private final Map<Language, Map<String, Integer>> lines = new EnumMap<>(Language.class);
    private final Map<Language, String> names = new EnumMap<>(Language.class);

    public MessagesReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Reads one language's bundle. */
    public void read(Language language, Reader reader, String sourceName) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        BufferedReader in = new BufferedReader(reader);
        int number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            SourcePosition at = SourcePosition.line(sourceName, number);
            int eq = trimmed.indexOf('=');
            if (eq <= 0) {
                diagnostics.error("i18n.syntax", at, "expected 'key=value'");
                continue;
            }
            String key = trimmed.substring(0, eq).strip();
            String value = trimmed.substring(eq + 1).strip();
            if (keyLines.containsKey(key)) {
                diagnostics.error("i18n.duplicate-key", at, "'" + key + "' is already defined on line " + keyLines.get(key));
                continue;
            }
            if (value.isEmpty()) {
                diagnostics.error("i18n.empty-message", at, "'" + key + "' has an empty translation");
            }
            values.put(key, value);
            keyLines.put(key, number);
        }
        bundles.put(language, values);
        lines.put(language, keyLines);
        names.put(language, sourceName);
    }

    /**
     * Compares the bundles and returns the messages, or {@code null} when the key sets differ or
     * a bundle is missing (each difference reported at the line that defines the lone key).
     */
    public Messages finish() {
        boolean ok = true;
        for (Language language : Language.values()) {
            if (!bundles.containsKey(language)) {
                diagnostics.error("i18n.missing-bundle", SourcePosition.file("templates/i18n/messages_" + language.code() + ".properties"),
                        "the " + language.code() + " message bundle is missing");
                ok = false;
            }
        }
        if (!ok) {
            return null;
        }
        for (Language language : Language.values()) {
            Language other = language.other();
            for (String key : new TreeSet<>(bundles.get(language).keySet())) {
                if (!bundles.get(other).containsKey(key)) {
                    diagnostics.error("i18n.missing-message", SourcePosition.line(names.get(language), lines.get(language).get(key)),
                            "'" + key + "' has no translation in " + names.get(other));
                    ok = false;
                }
            }
        }
        return ok ? new Messages(bundles) : null;
    }
}
