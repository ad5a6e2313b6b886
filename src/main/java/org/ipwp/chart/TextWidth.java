package org.ipwp.chart;

/**
 * Estimates how wide text renders, in em, without a font: the build has no fonts to measure
 * with and the page's font is chosen by the reader's browser anyway. CJK and full-width
 * characters are about 1em; Latin letters, digits and punctuation average about 0.55em in
 * common sans-serif fonts (wider than most, so the estimate errs towards more room).
 */
final class TextWidth {

    static final double WIDE_EM = 1.0;
    static final double NARROW_EM = 0.55;

    private TextWidth() {
    }

    /** The estimated width of {@code text} in em. */
    static double em(String text) {
        double width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            width += isWide(c) ? WIDE_EM : NARROW_EM;
            i += Character.charCount(c);
        }
        return width;
    }

    /** The estimated width of one character in em. */
    static double em(int codePoint) {
        return isWide(codePoint) ? WIDE_EM : NARROW_EM;
    }

    /**
     * Whether the character is East Asian wide or full-width (Unicode UAX #11 W/F), approximated
     * by the blocks that matter for Chinese, Japanese and Korean text.
     */
    static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F)      // Hangul Jamo leading consonants
                || (c >= 0x2E80 && c <= 0x303E)  // CJK radicals, ideographic description, CJK symbols and punctuation
                || (c >= 0x3041 && c <= 0x33FF)  // kana, bopomofo, Hangul compatibility jamo, CJK compatibility
                || (c >= 0x3400 && c <= 0x4DBF)  // CJK extension A
                || (c >= 0x4E00 && c <= 0x9FFF)  // CJK unified ideographs
                || (c >= 0xA000 && c <= 0xA4CF)  // Yi
                || (c >= 0xAC00 && c <= 0xD7A3)  // Hangul syllables
                || (c >= 0xF900 && c <= 0xFAFF)  // CJK compatibility ideographs
                || (c >= 0xFE30 && c <= 0xFE4F)  // CJK compatibility forms
                || (c >= 0xFF00 && c <= 0xFF60)  // full-width ASCII variants and punctuation
                || (c >= 0xFFE0 && c <= 0xFFE6)  // full-width signs
                || (c >= 0x20000 && c <= 0x3FFFD); // CJK extensions B and beyond
    }
}
