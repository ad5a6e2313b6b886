package org.ipwp.diag;

/**
 * The one table of exit codes (documented in the README), following JBake's {@code SystemExit}
 * ordinals.
 */
public enum ExitCode {
    /** Everything built and checked. */
    OK(0),
    /** Content errors: AsciiDoc, data, letters, templates, translations. */
    CONTENT_ERROR(1),
    /** Configuration or command-line error. */
    CONFIGURATION_ERROR(2),
    /** I/O or internal error. */
    IO_ERROR(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
