package org.ipwp.chart;

import java.util.Locale;
import java.util.Optional;

/** The kinds of chart {@link SvgChartWriter} draws. */
public enum ChartKind {
    /** Horizontal bars, one per point, each labelled on its own line above the bar. */
    BAR,
    /** Points joined in order along the x axis (e.g. years), on a y axis that includes zero. */
    LINE;

    /** The name used in page sources: {@code bar} or {@code line}. */
    public String sourceName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind called {@code name} in page sources ({@code bar}, {@code line}), if any. */
    public static Optional<ChartKind> ofName(String name) {
        for (ChartKind kind : values()) {
            if (kind.sourceName().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
