package org.ipwp.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelWrapperTest {

    @Test
    void aLabelThatFitsIsOneLine() {
        assertEquals(List.of("知识产权质押融资金额（近三年）"), LabelWrapper.lines("知识产权质押融资金额（近三年）", 20));
    }

    @Test
    void englishBreaksAtSpacesAndDropsOnlyThoseSpaces() {
        // Each word is 5 x 0.55 = 2.75em; two words and a space are 6.05em.
        assertEquals(List.of("alpha bravo", "delta echoo", "fox"), LabelWrapper.lines("alpha bravo delta echoo fox", 6.1));
    }

    @Test
    void chineseBreaksBetweenAnyCharacters() {
        assertEquals(List.of("知识产权", "质押融资"), LabelWrapper.lines("知识产权质押融资", 4));
    }

    @Test
    void closingPunctuationNeverStartsALineAndOpeningNeverEndsOne() {
        // At 4em a naive break would leave "（" at the end of line one and "）" at the start of line two.
        List<String> lines = LabelWrapper.lines("金额总计（近三）年", 5);

        assertEquals("金额总计（近三）年", String.join("", lines));
        for (String line : lines) {
            assertFalse(line.startsWith("）") || line.startsWith("，"), lines.toString());
            assertFalse(line.endsWith("（"), lines.toString());
        }
        List<String> comma = LabelWrapper.lines("专利，商标，版权", 3);
        assertEquals(List.of("专利，", "商标，", "版权"), comma);
    }

    @Test
    void mixedChineseAndLatinBreaksAroundTheLatinWord() {
        assertEquals(List.of("2020年专利", "授权量"), LabelWrapper.lines("2020年专利授权量", 5.2));
    }

    @Test
    void aWordWiderThanTheLineIsBrokenBetweenCharactersRatherThanCut() {
        List<String> lines = LabelWrapper.lines("Supercalifragilistic", 5.5);

        assertEquals("Supercalifragilistic", String.join("", lines));
        assertEquals(List.of("Supercalif", "ragilistic"), lines);
    }

    @Test
    void whitespaceRunsCollapseToOneSpace() {
        assertEquals(List.of("a b c"), LabelWrapper.lines("  a \t b\n c  ", 100));
    }

    @Test
    void anEmptyLabelIsOneEmptyLine() {
        assertEquals(List.of(""), LabelWrapper.lines("", 10));
        assertEquals(List.of(""), LabelWrapper.lines("   ", 10));
    }

    @Test
    void everyLineFitsUnlessASingleCharacterIsWiderThanTheLine() {
        String label = "Knowledge-value credit loans 知识产权质押融资金额（近三年） for small firms, 2018–2020";
        for (double width = 1; width <= 40; width += 0.5) {
            List<String> lines = LabelWrapper.lines(label, width);
            for (String line : lines) {
                assertTrue(TextWidth.em(line) <= width || line.codePointCount(0, line.length()) == 1
                        || lineIsGluedPunctuation(line), width + ": " + lines);
            }
            assertEquals(label.replace(" ", ""), String.join("", lines).replace(" ", ""), "nothing lost at " + width);
        }
    }

    /** A character kept together with the punctuation that may not be separated from it. */
    private static boolean lineIsGluedPunctuation(String line) {
        return line.length() <= 3 && line.chars().anyMatch(c -> "（），,()".indexOf(c) >= 0);
    }
}
