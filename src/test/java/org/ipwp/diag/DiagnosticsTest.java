package org.ipwp.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private void reportDistinctErrors(String path, int count) {
        for (int i = 1; i <= count; i++) {
            diagnostics.error("type-error", SourcePosition.line(path, i), "bad cell " + i);
        }
    }

    private List<String> rendered() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void keepsAtMostMaxPerFileDiagnosticsForOneFile() {
        reportDistinctErrors("data/big/big.csv", Diagnostics.MAX_PER_FILE + 5);

        assertEquals(Diagnostics.MAX_PER_FILE, diagnostics.sorted().size());
    }

    @Test
    void countsDiagnosticsDroppedByTheCap() {
        reportDistinctErrors("data/big/big.csv", Diagnostics.MAX_PER_FILE + 5);

        assertEquals(5, diagnostics.dropped());
    }

    @Test
    void keepsExactlyMaxPerFileWithoutDropping() {
        reportDistinctErrors("data/big/big.csv", Diagnostics.MAX_PER_FILE);

        assertEquals(0, diagnostics.dropped());
    }

    @Test
    void capIsCountedPerFile() {
        reportDistinctErrors("data/big/big.csv", Diagnostics.MAX_PER_FILE + 1);
        diagnostics.error("blank-row", SourcePosition.line("data/small/small.csv", 3), "blank row");

        assertTrue(rendered().contains("data/small/small.csv:3: error: [blank-row] blank row"));
    }

    @Test
    void identicalDiagnosticIsKeptOnce() {
        diagnostics.error("template.error", SourcePosition.line("templates/page.html", 4), "unknown variable");
        diagnostics.error("template.error", SourcePosition.line("templates/page.html", 4), "unknown variable");

        assertEquals(List.of("templates/page.html:4: error: [template.error] unknown variable"), rendered());
    }

    @Test
    void repeatedIdenticalDiagnosticDoesNotUseUpTheCap() {
        for (int i = 0; i < Diagnostics.MAX_PER_FILE * 2; i++) {
            diagnostics.error("template.error", SourcePosition.line("templates/page.html", 4), "unknown variable");
        }
        diagnostics.error("template.error", SourcePosition.line("templates/page.html", 9), "other");

        assertEquals(2, diagnostics.sorted().size());
    }

    @Test
    void sameMessageAtDifferentPositionsIsKeptTwice() {
        diagnostics.error("blank-row", SourcePosition.line("a.csv", 3), "blank row");
        diagnostics.error("blank-row", SourcePosition.line("a.csv", 5), "blank row");

        assertEquals(2, diagnostics.sorted().size());
    }

    @Test
    void sortsByPathThenLineThenCode() {
        diagnostics.error("z-code", SourcePosition.line("b.csv", 1), "m");
        diagnostics.error("b-code", SourcePosition.line("a.csv", 10), "m");
        diagnostics.error("a-code", SourcePosition.line("a.csv", 10), "m");
        diagnostics.error("c-code", SourcePosition.line("a.csv", 2), "m");

        assertEquals(List.of(
                "a.csv:2: error: [c-code] m",
                "a.csv:10: error: [a-code] m",
                "a.csv:10: error: [b-code] m",
                "b.csv:1: error: [z-code] m"), rendered());
    }

    @Test
    void warningsAloneDoNotFailANonStrictBuild() {
        diagnostics.warning("w", SourcePosition.file("a"), "m");

        assertFalse(diagnostics.failsBuild(false));
    }

    @Test
    void warningsFailAStrictBuild() {
        diagnostics.warning("w", SourcePosition.file("a"), "m");

        assertTrue(diagnostics.failsBuild(true));
    }

    @Test
    void anErrorFailsANonStrictBuild() {
        diagnostics.error("e", SourcePosition.file("a"), "m");

        assertTrue(diagnostics.failsBuild(false));
    }

    @Test
    void countsBySeverity() {
        diagnostics.error("e", SourcePosition.file("a"), "m1");
        diagnostics.error("e", SourcePosition.file("a"), "m2");
        diagnostics.warning("w", SourcePosition.file("a"), "m3");

        assertEquals(List.of(2, 1), List.of(diagnostics.count(Severity.ERROR), diagnostics.count(Severity.WARNING)));
    }
}
