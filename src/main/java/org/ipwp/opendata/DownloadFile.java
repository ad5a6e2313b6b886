package org.ipwp.opendata;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One published file: its name inside the dataset folder, its media type and its exact bytes.
 * The bytes are copied in and out, so a file once made cannot change under the metadata that
 * quotes its size and hash.
 *
 * @param name      the file name, e.g. {@code key-indicators.csv}
 * @param mediaType the media type without parameters, e.g. {@code text/csv}
 */
public record DownloadFile(String name, String mediaType, byte[] bytes) {

    public DownloadFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        bytes = bytes.clone();
    }

    /** A copy of the content. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The size in bytes. */
    public long size() {
        return bytes.length;
    }

    /** The SHA-256 of the content, lower-case hex. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DownloadFile file && name.equals(file.name) && mediaType.equals(file.mediaType)
                && Arrays.equals(bytes, file.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, mediaType, Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "DownloadFile[" + name + ", " + mediaType + ", " + bytes.length + " bytes]";
    }
}
