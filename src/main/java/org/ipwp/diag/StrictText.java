package org.ipwp.diag;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * Decodes an editor's file strictly: a byte that is not valid in the encoding is an error at its
 * line, never a replacement character (mojibake). Shared by the CSV reader and the content reader.
 *
 * @param text    the decoded text without a byte-order mark, or {@code null} when a byte is invalid
 * @param badLine the line of the first invalid byte, or 0
 */
public record StrictText(String text, int badLine) {

    private static final Charset GB18030 = Charset.forName("GB18030");

    public static StrictText decode(byte[] bytes, Charset encoding) {
        int offset = byteOrderMarkLength(bytes, encoding);
        try {
            return new StrictText(decoder(encoding).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString(), 0);
        } catch (CharacterCodingException e) {
            return new StrictText(null, lineOfBadByte(bytes, offset, encoding));
        }
    }

    /** Whether bytes that are not valid UTF-8 decode cleanly as GB18030 (GBK, saved by Chinese Excel or Word). */
    public static boolean looksLikeGb18030(byte[] bytes) {
        try {
            decoder(GB18030).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static CharsetDecoder decoder(Charset encoding) {
        return encoding.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * The length of the byte-order mark that starts {@code bytes}, or 0. The mark is U+FEFF in the
     * declared encoding: EF BB BF in UTF-8, 84 31 95 33 in GB18030. Decoded, it would stay in the
     * first line (a CSV's first header label).
     */
    private static int byteOrderMarkLength(byte[] bytes, Charset encoding) {
        byte[] mark = "\uFEFF".getBytes(encoding);
        return Arrays.equals(bytes, 0, Math.min(mark.length, bytes.length), mark, 0, mark.length) ? mark.length : 0;
    }

    /**
     * The line of the first byte that does not decode. The decoder stops with its input position
     * at the start of the bad sequence; the line is one more than the line breaks before it (CRLF,
     * LF or a lone CR). Neither UTF-8 nor GB18030 uses CR or LF bytes inside a multi-byte
     * character, so counting bytes is exact.
     */
    private static int lineOfBadByte(byte[] bytes, int offset, Charset encoding) {
        CharsetDecoder decoder = decoder(encoding);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(4096);
        CoderResult result;
        do {
            // Only the input position matters; the decoded characters are thrown away.
            out.clear();
            result = decoder.decode(in, out, true);
        } while (result.isOverflow());
        int bad = in.position();
        int line = 1;
        for (int i = offset; i < bad; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
