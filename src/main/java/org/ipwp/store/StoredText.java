package org.ipwp.store;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Strings in the cache's binary files: a presence flag, the UTF-8 length, the bytes. Unlike
 * {@link DataOutputStream#writeUTF} it has no 64 KiB limit (bodies and whole pages are stored),
 * and a corrupt length is refused instead of allocating gigabytes.
 */
public final class StoredText {

    /** Longest string accepted on reading; anything longer means the file is corrupt. */
    private static final int MAX_BYTES = 256 << 20;

    private StoredText() {
    }

    /** Writes {@code text}, which may be {@code null}. */
    public static void write(DataOutputStream out, String text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    /** Reads what {@link #write} wrote. */
    public static String read(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        int length = in.readInt();
        if (length < 0 || length > MAX_BYTES) {
            throw new IOException("bad length " + length);
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    /** Reads a count written with {@link DataOutputStream#writeInt}, refusing a negative or absurd one. */
    public static int readCount(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MAX_BYTES) {
            throw new IOException("bad count " + count);
        }
        return count;
    }
}
