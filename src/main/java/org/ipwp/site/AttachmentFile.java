package org.ipwp.site;

import java.nio.file.Path;
import org.ipwp.i18n.Language;

/**
 * A file in a letter's attachment folder ({@code content/<lang>/letters/<year>/<name>/}), published
 * beside the letter page ({@code <lang>/letters/<year>/<name>/<file>}).
 *
 * @param letterKey the letter's page key, {@code letters/<year>/<name>}
 */
public record AttachmentFile(Path path, String sourceName, Language language, String letterKey, String fileName,
                             long size) {
}
