/**
 * How readers see a dataset: the reader's table (labels in the page's language, figures formatted
 * per locale with the raw value kept in {@code data-value}, each row linked to the letter
 * paragraph it comes from) and the chart of one column. The same code renders the
 * {@code indicator::} block in chapters and the preview on the dataset page, so a figure looks
 * the same everywhere.
 *
 * <p>Column roles are found by convention ({@link org.ipwp.dataview.ReaderColumns}); the
 * downloads keep every column as written.
 */
package org.ipwp.dataview;
