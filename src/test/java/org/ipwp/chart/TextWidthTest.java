package org.ipwp.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextWidthTest {

    @Test
    void chineseCharactersAndFullWidthPunctuationAreOneEmEach() {
        assertEquals(4.0, TextWidth.em("专利（）"), 1e-9);
        assertEquals(2.0, TextWidth.em("万件"), 1e-9);
    }

    @Test
    void latinLettersDigitsAndAsciiPunctuationAreAboutHalfAnEm() {
        assertEquals(2.2, TextWidth.em("2020"), 1e-9);
        assertEquals(1.65, TextWidth.em("a ("), 1e-9);
    }

    @Test
    void mixedTextAddsUp() {
        assertEquals(5 * 0.55 + 2, TextWidth.em("50.22万件"), 1e-9);
    }

    @Test
    void supplementaryCharactersCountOnceNotPerSurrogate() {
        assertEquals(1.0, TextWidth.em("𠀀"), 1e-9);
    }
}
