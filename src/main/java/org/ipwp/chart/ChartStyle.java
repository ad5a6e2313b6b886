package org.ipwp.chart;

/**
 * The look shared by all charts, in SVG user units of a 640-unit-wide view box that scales to
 * the page's width. Colours are dark on white and survive greyscale printing; the site's
 * stylesheet may override each through the elements' {@code chart-*} classes.
 */
final class ChartStyle {

    static final double WIDTH = 640;
    static final double PADDING = 8;
    static final double LABEL_FONT = 14;
    static final double VALUE_FONT = 13;
    static final double TICK_FONT = 12;
    /** Line spacing of wrapped labels, in em. */
    static final double LINE_HEIGHT_EM = 1.3;
    /** From a line's vertical middle to its baseline, in em: centres digits and CJK alike. */
    static final double MIDDLE_TO_BASELINE_EM = 0.35;
    /** Gap between a bar's or marker's end and its value text. */
    static final double VALUE_GAP = 5;

    static final String TEXT_COLOUR = "#1a1a1a";
    static final String OUTLINE_COLOUR = "#1a1a1a";
    /** Dark blue: 6.8:1 against white, so bars read in colour and as dark grey in print. */
    static final String BAR_COLOUR = "#2f5f8f";
    static final String MARKER_FILL = "#ffffff";
    static final String GRID_COLOUR = "#b0b0b0";
    /** Dashed grid lines stay distinguishable from the solid axes and data line in greyscale. */
    static final String GRID_DASHES = "3 3";

    private ChartStyle() {
    }
}
