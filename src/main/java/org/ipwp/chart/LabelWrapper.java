package org.ipwp.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a label into lines no wider than a given width, so long labels wrap instead of being
 * cut. Every character of the label is kept; only the spaces at which lines break are dropped.
 *
 * <p>Breaks fall between words of Latin text and between any two CJK characters (Chinese has no
 * spaces), except that closing punctuation such as {@code ，。）%} never starts a line and opening
 * punctuation such as {@code （《(} never ends one. A single word wider than the line is broken
 * between characters as a last resort.
 */
final class LabelWrapper {

    private static final String CLOSING = ",.;:?!)]}%，。、；：？！）》」』】〕〉…";
    private static final String OPENING = "([{（《「『【〔〈";

    private LabelWrapper() {
    }

    /** The lines of {@code label}, each at most {@code maxEm} wide where possible; never empty. */
    static List<String> lines(String label, double maxEm) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (Piece piece : pieces(label)) {
            String joiner = line.isEmpty() || !piece.spaceBefore() ? "" : " ";
            if (TextWidth.em(line + joiner + piece.text()) <= maxEm) {
                line.append(joiner).append(piece.text());
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (TextWidth.em(piece.text()) <= maxEm) {
                line.append(piece.text());
            } else {
                List<String> broken = breakBetweenCharacters(piece.text(), maxEm);
                lines.addAll(broken.subList(0, broken.size() - 1));
                line.append(broken.get(broken.size() - 1));
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return List.copyOf(lines);
    }

    /** A run of text with no break opportunity inside, and whether a space preceded it. */
    private record Piece(String text, boolean spaceBefore) {
    }

    /** Splits at spaces and around CJK characters, then glues punctuation to its neighbour. */
    private static List<Piece> pieces(String label) {
        List<Piece> raw = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean spaceBeforeWord = false;
        boolean pendingSpace = false;
        for (int i = 0; i < label.length(); ) {
            int c = label.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!word.isEmpty()) {
                    raw.add(new Piece(word.toString(), spaceBeforeWord));
                    word.setLength(0);
                }
                pendingSpace = true;
            } else if (TextWidth.isWide(c)) {
                if (!word.isEmpty()) {
                    raw.add(new Piece(word.toString(), spaceBeforeWord));
                    word.setLength(0);
                }
                raw.add(new Piece(Character.toString(c), pendingSpace));
                pendingSpace = false;
            } else {
                if (word.isEmpty()) {
                    spaceBeforeWord = pendingSpace;
                    pendingSpace = false;
                }
                word.appendCodePoint(c);
            }
        }
        if (!word.isEmpty()) {
            raw.add(new Piece(word.toString(), spaceBeforeWord));
        }
        return glued(raw);
    }

    private static List<Piece> glued(List<Piece> raw) {
        List<Piece> glued = new ArrayList<>();
        for (Piece piece : raw) {
            Piece previous = glued.isEmpty() ? null : glued.get(glued.size() - 1);
            boolean joinsPrevious = previous != null && !piece.spaceBefore()
                    && (startsWithAny(piece.text(), CLOSING) || endsWithAny(previous.text(), OPENING));
            if (joinsPrevious) {
                glued.set(glued.size() - 1, new Piece(previous.text() + piece.text(), previous.spaceBefore()));
            } else {
                glued.add(piece);
            }
        }
        return glued;
    }

    private static List<String> breakBetweenCharacters(String text, double maxEm) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        double width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!part.isEmpty() && width + TextWidth.em(c) > maxEm) {
                parts.add(part.toString());
                part.setLength(0);
                width = 0;
            }
            part.appendCodePoint(c);
            width += TextWidth.em(c);
        }
        parts.add(part.toString());
        return parts;
    }

    private static boolean startsWithAny(String text, String characters) {
        return characters.indexOf(text.codePointAt(0)) >= 0;
    }

    private static boolean endsWithAny(String text, String characters) {
        return characters.indexOf(text.codePointBefore(text.length())) >= 0;
    }
}
