package org.ipwp.site;

/** A dataset in the catalogue page: title, summary, date, size and the links. */
public record DatasetEntry(String id, String title, String description, String updatedText, String updatedIso,
                           int rowCount, String href, String csvHref) {
}
