package org.ipwp.diag;

/** How serious a {@link Diagnostic} is; warnings fail the build only under {@code --strict}. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The lower-case word printed in a diagnostic line. */
    public String label() {
        return label;
    }
}
