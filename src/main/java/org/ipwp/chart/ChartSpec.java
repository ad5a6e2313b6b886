package org.ipwp.chart;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What to draw.
 *
 * @param kind        bar or line
 * @param title       the chart's accessible name, written to its {@code <title>}
 * @param description what the chart shows, written to its {@code <desc>}; since {@code role="img"}
 *                    hides the chart's own text from assistive technology, this should state the
 *                    main finding or the page should carry the data as a table
 * @param idPrefix    makes the ids inside the SVG unique within a page that has several charts:
 *                    the ids are {@code idPrefix + "-title"} and {@code idPrefix + "-desc"}. A
 *                    letter followed by letters, digits, {@code -} or {@code _}, so the ids are
 *                    valid in HTML and usable in CSS selectors without escaping.
 * @param points      the values, drawn in this order
 */
public record ChartSpec(ChartKind kind, String title, String description, String idPrefix, List<ChartPoint> points) {

    private static final Pattern ID_PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    public ChartSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(idPrefix, "idPrefix");
        if (title.isBlank()) {
            throw new IllegalArgumentException("a chart needs a title: it is the chart's accessible name");
        }
        if (!ID_PREFIX.matcher(idPrefix).matches()) {
            throw new IllegalArgumentException("chart id prefix '" + idPrefix
                    + "' must be a letter followed by letters, digits, '-' or '_'");
        }
        // List.copyOf rejects null points and keeps the caller from changing the chart afterwards.
        points = List.copyOf(Objects.requireNonNull(points, "points"));
    }
}
