package org.ipwp.content;

/**
 * One place a page quotes a dataset row: a {@code figure:} in a sentence or a row of an
 * {@code indicator::} table or chart, with the section it sits in (so that the dataset page can
 * link an editor to every place a corrected figure touches).
 *
 * @param datasetId    the dataset
 * @param rowKey       the row's key
 * @param sectionId    the id of the enclosing section, or {@code null} before the first section
 * @param sectionTitle the enclosing section's title as text, or {@code null}
 */
public record Quotation(String datasetId, String rowKey, String sectionId, String sectionTitle) {
}
