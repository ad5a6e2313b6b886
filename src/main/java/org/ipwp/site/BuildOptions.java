package org.ipwp.site;

import java.nio.file.Path;

/**
 * What to build and how.
 *
 * @param source  the site folder (holding {@code jbake.properties}, {@code content/} …)
 * @param output  the folder to publish into; replaced as a whole on success
 * @param baseUrl the {@code --base-url} override, or {@code null} for the configured one
 * @param drafts  include {@code status=draft} pages, marked as drafts
 * @param strict  warnings fail the build
 * @param cache   the conversion cache folder, or {@code null} to convert every body
 */
public record BuildOptions(Path source, Path output, String baseUrl, boolean drafts, boolean strict, Path cache) {

    /** Options without a conversion cache. */
    public BuildOptions(Path source, Path output, String baseUrl, boolean drafts, boolean strict) {
        this(source, output, baseUrl, drafts, strict, null);
    }
}
