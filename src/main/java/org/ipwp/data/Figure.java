package org.ipwp.data;

import java.math.BigDecimal;

/**
 * One value quoted from a dataset, resolved for a page.
 *
 * @param datasetId the dataset
 * @param rowKey    the row's primary key
 * @param field     the field quoted
 * @param value     the value in base units
 * @param text      the display text in the page's language
 */
public record Figure(String datasetId, String rowKey, String field, BigDecimal value, String text) {
}
