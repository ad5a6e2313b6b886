package org.ipwp.preview;

import java.util.List;
import org.ipwp.diag.Diagnostic;

/**
 * The outcome of the latest preview build.
 *
 * @param generation    counts builds, good or bad, from 1
 * @param problems      the diagnostics that stopped the build; empty when it succeeded
 * @param millis        how long the build took
 * @param kind          a full build, or only the edited pages and what shows them
 * @param pagesRendered pages the build rendered (0 when it stopped before rendering)
 */
public record BuildStatus(long generation, List<Diagnostic> problems, long millis, Kind kind, int pagesRendered) {

    /** Which way the preview rebuilt. */
    public enum Kind {
        /** Everything, as {@code ipwp build} does. */
        FULL,
        /** The edited pages, the pages that print their bodies, and their search index entries. */
        INCREMENTAL
    }

    public BuildStatus {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
