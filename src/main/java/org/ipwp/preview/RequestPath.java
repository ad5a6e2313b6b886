package org.ipwp.preview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Maps a raw request path onto a file inside the output folder, refusing anything that could
 * leave it. Suspicious input is rejected outright rather than cleaned up, because cleaning is
 * where traversal bugs hide: encoded separators, encoded percent signs (double encoding),
 * backslashes, NUL, dot segments and hidden names never reach the file system.
 */
final class RequestPath {

    /** What a request path maps to. */
    sealed interface Resolution permits Found, Redirect, NotFound, BadRequest {
    }

    record Found(Path file) implements Resolution {
    }

    record Redirect(String location) implements Resolution {
    }

    record NotFound() implements Resolution {
    }

    record BadRequest(String reason) implements Resolution {
    }

    private RequestPath() {
    }

    static Resolution resolve(Path root, String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.startsWith("//")) {
            return new BadRequest("path must be absolute on this host");
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (rawPath.indexOf('\\') >= 0 || lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")
                || lower.contains("%25")) {
            return new BadRequest("encoded separator, percent or NUL");
        }
        String path;
        try {
            path = decode(rawPath);
        } catch (IllegalArgumentException e) {
            return new BadRequest(e.getMessage());
        }
        if (path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0 || path.indexOf(':') >= 0) {
            return new BadRequest("NUL, backslash or colon");
        }
        String relative = path.substring(1);
        for (String segment : relative.split("/", -1)) {
            // "." and ".." are traversal; other dot names are the marker file and staging folders.
            if (segment.startsWith(".")) {
                return new NotFound();
            }
        }
        try {
            Path base = root.toRealPath();
            Path candidate = base.resolve(relative).normalize();
            if (!candidate.startsWith(base) || !Files.exists(candidate)) {
                return new NotFound();
            }
            if (Files.isDirectory(candidate)) {
                if (!path.endsWith("/")) {
                    return new Redirect(rawPath + "/");
                }
                candidate = candidate.resolve("index.html");
            }
            if (!Files.isRegularFile(candidate)) {
                return new NotFound();
            }
            // Symlinks are followed only when they land inside the output folder.
            Path real = candidate.toRealPath();
            return real.startsWith(base) ? new Found(real) : new NotFound();
        } catch (IOException | RuntimeException e) {
            return new NotFound();
        }
    }

    /** Strict percent-decoding as UTF-8 ('+' stays '+': this is a path, not a form). */
    private static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw new IllegalArgumentException("truncated percent escape");
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException("bad percent escape");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                int codePoint = raw.codePointAt(i);
                byte[] encoded = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i += Character.charCount(codePoint) - 1;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("path is not UTF-8");
        }
    }
}
