package org.ipwp.diag;

import java.util.Objects;

/**
 * One problem found by the build.
 *
 * @param severity error or warning
 * @param code     a stable kebab-case code, Frictionless names where one fits (e.g. {@code type-error},
 *                 {@code adoc.include-not-found}, {@code i18n.missing-counterpart})
 * @param position where the problem is
 * @param message  what is wrong and what to do, in one sentence or two
 */
public record Diagnostic(Severity severity, String code, SourcePosition position, String message) {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic error(String code, SourcePosition position, String message) {
        return new Diagnostic(Severity.ERROR, code, position, message);
    }

    public static Diagnostic warning(String code, SourcePosition position, String message) {
        return new Diagnostic(Severity.WARNING, code, position, message);
    }

    /** The GNU-style line: {@code path:line:col: error: [code] message}. */
    public String format() {
        return position + ": " + severity.label() + ": [" + code + "] " + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
