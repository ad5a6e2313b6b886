package org.ipwp.diag;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Objects;
import org.ipwp.store.StoredText;

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

    /** Writes this diagnostic to a cache file (the conversion cache, the build record). */
    public void writeTo(DataOutputStream out) throws IOException {
        StoredText.write(out, severity.name());
        StoredText.write(out, code);
        StoredText.write(out, position.path());
        out.writeInt(position.line());
        out.writeInt(position.column());
        StoredText.write(out, message);
    }

    /** Reads what {@link #writeTo} wrote; a file that holds something else fails with an exception. */
    public static Diagnostic readFrom(DataInputStream in) throws IOException {
        Severity severity = Severity.valueOf(StoredText.read(in));
        String code = StoredText.read(in);
        SourcePosition at = new SourcePosition(StoredText.read(in), in.readInt(), in.readInt());
        return new Diagnostic(severity, code, at, StoredText.read(in));
    }

    @Override
    public String toString() {
        return format();
    }
}
