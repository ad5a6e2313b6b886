package org.ipwp.site;

import java.util.List;
import java.util.Map;
import org.ipwp.diag.Diagnostic;

/**
 * What a successful build did: counts, phase timings in milliseconds, the warnings, and the
 * hidden files it skipped, and how many bodies were converted (the rest came from the cache).
 *
 * @param bodies    page bodies the build needed
 * @param converted bodies Asciidoctor converted; {@code bodies - converted} came from the conversion cache
 * @param unread    content files unchanged since the last build, taken from its record without being read
 * @param rendering what was rendered when a cache could have spared it (which pages, or why all), else {@code null}
 */
public record BuildReport(int pages, int datasets, int letters, int links, Map<String, Long> phaseMillis,
                          List<Diagnostic> warnings, List<String> ignoredFiles, int bodies, int converted, int unread,
                          String rendering) {

    public BuildReport {
        // In phase order, for the terminal.
        phaseMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(phaseMillis));
        warnings = List.copyOf(warnings);
        ignoredFiles = List.copyOf(ignoredFiles);
    }

    /** One summary line for the terminal. */
    public String summary() {
        return "built " + pages + " pages, " + datasets + " datasets, " + letters + " letters; checked " + links
                + " links; " + warnings.size() + " warnings; converted " + converted + " of " + bodies + " bodies ("
                + (bodies - converted) + " from cache)"
                + (unread == 0 ? "" : "; " + unread + " content files unchanged since the last build, not read again")
                + (rendering == null ? "" : "; " + rendering);
    }
}
