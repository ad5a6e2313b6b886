package org.ipwp.letters;

/** A new letter would overwrite a file or reuse a document number; nothing was written. */
public final class ScaffoldConflictException extends Exception {

    private static final long serialVersionUID = 1L;

    public ScaffoldConflictException(String message) {
        super(message);
    }
}
