package org.ipwp.site;

import java.nio.file.Path;
import org.ipwp.i18n.Language;

/**
 * One content file found under {@code content/<lang>/}.
 *
 * @param path       the file
 * @param sourceName repository-relative path, for diagnostics ({@code content/zh/about.adoc})
 * @param language   from the first folder
 * @param key        the language-independent page key: path below the language folder without
 *                   extension, {@code index} dropped ({@code whitepaper/02-management}, {@code ""}
 *                   for the home page); the counterpart has the same key
 */
public record SourceFile(Path path, String sourceName, Language language, String key) {
}
