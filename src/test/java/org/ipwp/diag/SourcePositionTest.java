package org.ipwp.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SourcePositionTest {

    @Test
    void fileOnlyPrintsThePath() {
        assertEquals("data/x/x.csv", SourcePosition.file("data/x/x.csv").toString());
    }

    @Test
    void lineWithoutColumnPrintsPathAndLine() {
        assertEquals("data/x/x.csv:3", SourcePosition.line("data/x/x.csv", 3).toString());
    }

    @Test
    void lineAndColumnPrintsAllThree() {
        assertEquals("data/x/x.csv:3:2", new SourcePosition("data/x/x.csv", 3, 2).toString());
    }

    @Test
    void rejectsNegativeLine() {
        assertThrows(IllegalArgumentException.class, () -> new SourcePosition("a", -1, 0));
    }

    @Test
    void rejectsNegativeColumn() {
        assertThrows(IllegalArgumentException.class, () -> new SourcePosition("a", 1, -1));
    }

    @Test
    void ordersByPathBeforeLine() {
        assertTrue(new SourcePosition("a.csv", 9, 9).compareTo(new SourcePosition("b.csv", 1, 1)) < 0);
    }

    @Test
    void ordersByLineBeforeColumn() {
        assertTrue(new SourcePosition("a.csv", 2, 9).compareTo(new SourcePosition("a.csv", 10, 1)) < 0);
    }

    @Test
    void ordersByColumnOnTheSameLine() {
        assertTrue(new SourcePosition("a.csv", 2, 3).compareTo(new SourcePosition("a.csv", 2, 1)) > 0);
    }
}
