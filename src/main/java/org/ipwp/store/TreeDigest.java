package org.ipwp.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** SHA-256 digests of files, folders, code and text, for deciding whether something stored still applies. */
public final class TreeDigest {

    private final MessageDigest digest = sha256();

    /** Adds a marker so that fields cannot run into each other. */
    public TreeDigest text(String text) {
        digest.update(String.valueOf(text).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        return this;
    }

    /** Adds raw bytes (another digest). */
    public TreeDigest bytes(byte[] bytes) {
        digest.update(bytes);
        return this;
    }

    /** Adds a file, or every file in a folder with its relative path; a missing path adds a marker. */
    public TreeDigest tree(Path path) throws IOException {
        if (!Files.exists(path)) {
            digest.update((byte) 0);
            return this;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(path)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        byte[] buffer = new byte[64 * 1024];
        for (Path file : files) {
            digest.update(path.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            try (InputStream in = Files.newInputStream(file)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            }
            digest.update((byte) 1);
        }
        return this;
    }

    /** Adds the code (jar or class folder) that {@code type} was loaded from, by name and bytes. */
    public TreeDigest codeOf(Class<?> type) throws IOException {
        Path code;
        try {
            code = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot locate the code of " + type.getName() + " to fingerprint the cache", e);
        }
        digest.update(code.getFileName().toString().getBytes(StandardCharsets.UTF_8));
        return tree(code);
    }

    /** The digest so far; the object must not be used afterwards. */
    public byte[] finish() {
        return digest.digest();
    }

    /** The SHA-256 of {@code text} in hex. */
    public static String ofText(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
