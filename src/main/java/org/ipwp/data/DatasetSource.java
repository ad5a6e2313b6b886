package org.ipwp.data;

import org.ipwp.i18n.LocalizedText;

/**
 * Where a dataset's figures come from.
 *
 * @param title  the source's title in both languages
 * @param letter the archived letter it comes from, as {@code <year>/<name>}, or empty
 */
public record DatasetSource(LocalizedText title, String letter) {
}
