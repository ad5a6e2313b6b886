package org.ipwp.diag;

import java.util.List;

/**
 * Thrown when a build stops: carries the diagnostics that stopped it and the exit code.
 * The cause, if any, is kept for {@code --verbose} stack traces.
 */
public final class SiteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;
    private final ExitCode exitCode;

    public SiteException(ExitCode exitCode, List<Diagnostic> diagnostics) {
        this(exitCode, diagnostics, null);
    }

    public SiteException(ExitCode exitCode, List<Diagnostic> diagnostics, Throwable cause) {
        super(diagnostics.isEmpty() ? exitCode.name() : diagnostics.get(0).format(), cause);
        this.exitCode = exitCode;
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** One diagnostic, one exit code. */
    public static SiteException of(ExitCode exitCode, Diagnostic diagnostic, Throwable cause) {
        return new SiteException(exitCode, List.of(diagnostic), cause);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public ExitCode exitCode() {
        return exitCode;
    }
}
