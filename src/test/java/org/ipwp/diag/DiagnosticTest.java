package org.ipwp.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DiagnosticTest {

    @Test
    void formatsErrorWithLineAndColumnInGnuStyle() {
        Diagnostic diagnostic = Diagnostic.error("type-error", new SourcePosition("data/x/x.csv", 3, 2), "'abc' is not a number");

        assertEquals("data/x/x.csv:3:2: error: [type-error] 'abc' is not a number", diagnostic.format());
    }

    @Test
    void formatsWarningWithLowerCaseLabel() {
        Diagnostic diagnostic = Diagnostic.warning("i18n.missing-counterpart", SourcePosition.line("content/en/about.adoc", 7), "no zh page");

        assertEquals("content/en/about.adoc:7: warning: [i18n.missing-counterpart] no zh page", diagnostic.format());
    }

    @Test
    void formatsWholeFilePositionWithoutLineNumber() {
        Diagnostic diagnostic = Diagnostic.error("config.missing-key", SourcePosition.file("jbake.properties"), "required key 'site.email' is missing");

        assertEquals("jbake.properties: error: [config.missing-key] required key 'site.email' is missing", diagnostic.format());
    }

    @Test
    void toStringIsTheFormattedLine() {
        Diagnostic diagnostic = Diagnostic.error("blank-row", SourcePosition.line("a.csv", 4), "blank row");

        assertEquals(diagnostic.format(), diagnostic.toString());
    }

    @Test
    void rejectsNullCode() {
        assertThrows(NullPointerException.class, () -> Diagnostic.error(null, SourcePosition.file("a"), "m"));
    }
}
