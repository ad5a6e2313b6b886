package org.ipwp.preview;

import java.util.List;
import org.ipwp.diag.Diagnostic;

/**
 * The outcome of the latest preview build.
 *
 * @param generation counts builds, good or bad, from 1
 * @param problems   the diagnostics that stopped the build; empty when it succeeded
 * @param millis     how long the build took
 */
public record BuildStatus(long generation, List<Diagnostic> problems, long millis) {

    public BuildStatus {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
