package org.ipwp.content;

import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A page's validated header.
 *
 * @param type        the page kind
 * @param draft       {@code status=draft}: shown only with {@code --drafts}
 * @param title       the page title
 * @param date        the date in the header (never the file time or the wall clock)
 * @param description the one-line summary for {@code <meta name="description">}
 * @param extra       the type's extra keys ({@link PageType#extraKeys()}), sorted
 * @param bodyLine    the 1-based line where the body starts, after the {@code ~~~~~~} separator
 */
public record PageHeader(PageType type, boolean draft, String title, LocalDate date, String description,
                         SortedMap<String, String> extra, int bodyLine) {

    public PageHeader {
        extra = new TreeMap<>(extra);
    }

    /** An extra key's value (validated to exist for the type). */
    public String extra(String key) {
        String value = extra.get(key);
        if (value == null) {
            throw new IllegalArgumentException("header of a " + type.headerName() + " has no key " + key);
        }
        return value;
    }

    public Map<String, String> extraView() {
        return java.util.Collections.unmodifiableSortedMap(extra);
    }
}
