package org.ipwp.content;

/**
 * A section heading of a converted page, for the table of contents and the anchor index.
 *
 * @param id    the anchor id
 * @param title the title as plain text
 * @param level 1 for {@code ==}, 2 for {@code ===}
 */
public record Section(String id, String title, int level) {
}
