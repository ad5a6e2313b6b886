package org.ipwp.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the diagnostics of one build so that all problems are reported together.
 *
 * <p>At most {@link #MAX_PER_FILE} diagnostics are kept per file, so that one broken file (a
 * million-row CSV, say) cannot flood the report; the number dropped is reported at the end.
 * Thread-safe, because conversion may run on several threads.
 */
public final class Diagnostics {

    /** Cap of kept diagnostics per source file. */
    public static final int MAX_PER_FILE = 100;

    private final List<Diagnostic> kept = new ArrayList<>();
    private final Map<String, Integer> perFile = new HashMap<>();
    private final int cap;
    private int dropped;

    public Diagnostics() {
        this(MAX_PER_FILE);
    }

    private Diagnostics(int cap) {
        this.cap = cap;
    }

    /**
     * A collector without the per-file cap, for recording what one conversion reports so that it
     * can be stored with a cached body and replayed (through {@link #report}) into the build's own
     * collector, where the cap and de-duplication then apply exactly as without the cache.
     */
    public static Diagnostics recorder() {
        return new Diagnostics(Integer.MAX_VALUE);
    }

    /** The kept diagnostics in the order they were reported. */
    public synchronized List<Diagnostic> inOrder() {
        return List.copyOf(kept);
    }

    /** Records one diagnostic. */
    public synchronized void report(Diagnostic diagnostic) {
        if (kept.contains(diagnostic)) {
            // The same template error on every page that uses the template is one problem.
            return;
        }
        int count = perFile.merge(diagnostic.position().path(), 1, Integer::sum);
        if (count > cap) {
            dropped++;
            return;
        }
        kept.add(diagnostic);
    }

    public void error(String code, SourcePosition position, String message) {
        report(Diagnostic.error(code, position, message));
    }

    public void warning(String code, SourcePosition position, String message) {
        report(Diagnostic.warning(code, position, message));
    }

    /** All kept diagnostics sorted by position, then code, so reports are deterministic. */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(kept);
        copy.sort(Comparator.comparing(Diagnostic::position)
                .thenComparing(Diagnostic::code)
                .thenComparing(Diagnostic::message));
        return copy;
    }

    public synchronized boolean hasErrors() {
        return kept.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public synchronized boolean hasWarnings() {
        return kept.stream().anyMatch(d -> d.severity() == Severity.WARNING);
    }

    /** True when the build must stop: any error, or any warning when {@code strict}. */
    public synchronized boolean failsBuild(boolean strict) {
        return hasErrors() || (strict && hasWarnings());
    }

    /** Diagnostics dropped by the per-file cap. */
    public synchronized int dropped() {
        return dropped;
    }

    public synchronized int count(Severity severity) {
        return (int) kept.stream().filter(d -> d.severity() == severity).count();
    }
}
