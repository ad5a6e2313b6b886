/**
 * Charts drawn at build time as static inline SVG: a series of {@link org.ipwp.chart.ChartPoint}s
 * becomes one {@code <svg>} element that the page embeds directly, with no JavaScript and no
 * external references.
 *
 * <p>Why this shape:
 * <ul>
 *   <li><b>Accessible.</b> The root has {@code role="img"} and {@code aria-labelledby} pointing at
 *       its own {@code <title>} and {@code <desc>}; every value is also printed as text next to its
 *       bar or marker, so the chart never relies on colour alone.</li>
 *   <li><b>Printable.</b> Dark solid fills with dark outlines, white markers with dark rims and
 *       dashed grid lines survive black-and-white printing.</li>
 *   <li><b>Styled without CSS, restyled with it.</b> Every element carries explicit presentation
 *       attributes (fill, stroke, font-size) so the SVG looks right on its own, and a
 *       {@code chart-*} class so the site's stylesheet can override them. Font family is left to
 *       inherit from the page, so Chinese text uses the page's CJK font.</li>
 *   <li><b>Deterministic.</b> The same input gives byte-identical output: coordinates are written
 *       with a fixed number of decimals in {@link java.util.Locale#ROOT}, points keep their list
 *       order, and nothing iterates a hash map.</li>
 *   <li><b>Language-neutral.</b> The chart never formats a number for display itself: each point
 *       brings its display text, and axis ticks go through the caller's tick formatter, so
 *       Chinese pages read 50.22万件 and English ones 502,200.</li>
 * </ul>
 *
 * <p>Text width is estimated, not measured (there is no font at build time): CJK and full-width
 * characters count 1em, everything else 0.55em. Long labels wrap onto extra lines rather than
 * being cut.
 */
package org.ipwp.chart;
