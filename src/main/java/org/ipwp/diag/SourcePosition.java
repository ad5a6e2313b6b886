package org.ipwp.diag;

import java.util.Objects;

/**
 * A place in a source file: a repository-relative path with forward slashes, and a 1-based line
 * and column where known (0 means unknown).
 */
public record SourcePosition(String path, int line, int column) implements Comparable<SourcePosition> {

    public SourcePosition {
        Objects.requireNonNull(path, "path");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("negative position " + line + ":" + column);
        }
    }

    /** The whole file, no line known. */
    public static SourcePosition file(String path) {
        return new SourcePosition(path, 0, 0);
    }

    /** A line of a file, column unknown. */
    public static SourcePosition line(String path, int line) {
        return new SourcePosition(path, line, 0);
    }

    /** {@code path}, {@code path:line} or {@code path:line:col}. */
    @Override
    public String toString() {
        if (line == 0) {
            return path;
        }
        return column == 0 ? path + ":" + line : path + ":" + line + ":" + column;
    }

    @Override
    public int compareTo(SourcePosition other) {
        int byPath = path.compareTo(other.path);
        if (byPath != 0) {
            return byPath;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }
}
