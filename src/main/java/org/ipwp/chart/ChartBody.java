package org.ipwp.chart;

/**
 * The drawn part of a chart, without its {@code <svg>} root, and the view box height it needs.
 * The height is known only after layout, but the root's {@code viewBox} comes first in the markup.
 */
record ChartBody(double height, SvgMarkup markup) {
}
