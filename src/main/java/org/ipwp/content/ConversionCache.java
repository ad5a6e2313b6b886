package org.ipwp.content;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.ipwp.diag.Diagnostic;
import org.ipwp.diag.Diagnostics;
import org.ipwp.diag.Severity;
import org.ipwp.diag.SourcePosition;

/**
 * Converted bodies cached on disk by content hash, so that unchanged AsciiDoc is not converted
 * again. The key is a SHA-256 of the whole conversion request (every line, the page facts the
 * extensions use) and of a fingerprint of everything else a conversion reads: the ipwp and
 * AsciidoctorJ code, the {@code data/} folder (figures and indicator blocks are resolved during
 * conversion), the message bundles and the content root. Each entry stores the body and the
 * diagnostics the conversion reported, which are replayed on a hit so that a cached build warns
 * exactly like a cold one.
 *
 * <p>Bodies with {@code include::} are never cached: the included file is not part of the key.
 * Unreadable or corrupt entries count as misses. Entries are never deleted by the build; delete
 * the folder to reclaim space.
 */
public final class ConversionCache implements BodyConverter {

    /** Bump when the entry format or the meaning of a key changes. */
    private static final String FORMAT = "ipwp-body-cache-1";

    private final Path folder;
    private final byte[] fingerprint;
    private final BodyConverter converter;
    private final AtomicInteger hits = new AtomicInteger();

    /**
     * @param folder      the cache folder, created when needed
     * @param fingerprint from {@link #fingerprint}
     * @param converter   converts on a miss
     */
    public ConversionCache(Path folder, byte[] fingerprint, BodyConverter converter) {
        this.folder = folder;
        this.fingerprint = fingerprint.clone();
        this.converter = converter;
    }

    @Override
    public ConvertedBody convert(ConversionRequest request, Diagnostics diagnostics) {
        if (request.lines().stream().anyMatch(line -> line.contains("include::"))) {
            return converter.convert(request, diagnostics);
        }
        String key = key(request);
        Path entry = folder.resolve(key.substring(0, 2)).resolve(key);
        Entry cached = read(entry);
        if (cached != null) {
            hits.incrementAndGet();
            cached.diagnostics().forEach(diagnostics::report);
            return cached.body();
        }
        Diagnostics recorder = Diagnostics.recorder();
        ConvertedBody body = converter.convert(request, recorder);
        List<Diagnostic> reported = recorder.inOrder();
        reported.forEach(diagnostics::report);
        write(entry, new Entry(body, reported));
        return body;
    }

    /** Bodies served from the cache so far. */
    public int hits() {
        return hits.get();
    }

    private String key(ConversionRequest request) {
        MessageDigest digest = sha256();
        digest.update(FORMAT.getBytes(StandardCharsets.UTF_8));
        digest.update(fingerprint);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeString(out, request.sourceName());
            out.writeInt(request.bodyLine());
            writeString(out, request.language().code());
            writeString(out, request.type().headerName());
            writeString(out, request.date().toString());
            writeString(out, request.pageUrl());
            out.writeInt(request.lines().size());
            for (String line : request.lines()) {
                writeString(out, line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        digest.update(bytes.toByteArray());
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The stored body and diagnostics of one conversion. */
    private record Entry(ConvertedBody body, List<Diagnostic> diagnostics) {
    }

    private static Entry read(Path entry) {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(entry)))) {
            if (!FORMAT.equals(readString(in))) {
                return null;
            }
            String html = readString(in);
            List<Section> sections = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                sections.add(new Section(readString(in), readString(in), in.readInt()));
            }
            List<String> anchors = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                anchors.add(readString(in));
            }
            List<Quotation> quotes = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                quotes.add(new Quotation(readString(in), readString(in), readString(in), readString(in)));
            }
            List<Diagnostic> diagnostics = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                Severity severity = Severity.valueOf(readString(in));
                String code = readString(in);
                SourcePosition at = new SourcePosition(readString(in), in.readInt(), in.readInt());
                diagnostics.add(new Diagnostic(severity, code, at, readString(in)));
            }
            if (in.read() != -1) {
                return null;
            }
            return new Entry(new ConvertedBody(html, sections, anchors, quotes), diagnostics);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            // A truncated or foreign file is a miss; the conversion overwrites it.
            return null;
        }
    }

    private static void write(Path entry, Entry value) {
        try {
            Files.createDirectories(entry.getParent());
            Path temp = Files.createTempFile(entry.getParent(), entry.getFileName().toString(), ".tmp");
            try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(temp)))) {
                writeString(out, FORMAT);
                ConvertedBody body = value.body();
                writeString(out, body.html());
                out.writeInt(body.sections().size());
                for (Section section : body.sections()) {
                    writeString(out, section.id());
                    writeString(out, section.title());
                    out.writeInt(section.level());
                }
                out.writeInt(body.anchors().size());
                for (String anchor : body.anchors()) {
                    writeString(out, anchor);
                }
                out.writeInt(body.quotes().size());
                for (Quotation quote : body.quotes()) {
                    writeString(out, quote.datasetId());
                    writeString(out, quote.rowKey());
                    writeString(out, quote.sectionId());
                    writeString(out, quote.sectionTitle());
                }
                out.writeInt(value.diagnostics().size());
                for (Diagnostic d : value.diagnostics()) {
                    writeString(out, d.severity().name());
                    writeString(out, d.code());
                    writeString(out, d.position().path());
                    out.writeInt(d.position().line());
                    out.writeInt(d.position().column());
                    writeString(out, d.message());
                }
            }
            // Rename into place so a concurrent or interrupted build never reads half an entry.
            try {
                Files.move(temp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, entry, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // The cache only saves time: a build must not fail because it cannot be written.
        }
    }

    /** Nullable string: a presence flag, then the UTF-8 bytes with their length (no 64 KiB limit). */
    private static void writeString(DataOutputStream out, String text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    private static String readString(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        int length = in.readInt();
        if (length < 0 || length > 256 << 20) {
            throw new IOException("bad length " + length);
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    /**
     * The fingerprint of everything besides the request that a conversion reads: the code of ipwp
     * and AsciidoctorJ (the jar, or every class file when run from a folder), every file under
     * {@code data/} and {@code templates/i18n/}, and the absolute content root (Asciidoctor's base
     * directory, visible to {@code {docdir}}-style attributes).
     */
    public static byte[] fingerprint(Path siteRoot) throws IOException {
        MessageDigest digest = sha256();
        digest.update(FORMAT.getBytes(StandardCharsets.UTF_8));
        for (Class<?> type : List.of(ConversionCache.class, org.asciidoctor.Asciidoctor.class)) {
            Path code = codeLocation(type);
            digest.update(code.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            hashTree(digest, code);
        }
        hashTree(digest, siteRoot.resolve("data"));
        hashTree(digest, siteRoot.resolve("templates").resolve("i18n"));
        digest.update(siteRoot.resolve("content").toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
        return digest.digest();
    }

    private static Path codeLocation(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot locate the code of " + type.getName() + " to fingerprint the cache", e);
        }
    }

    /** Hashes a file, or every file in a folder with its relative path; a missing path hashes as a marker. */
    private static void hashTree(MessageDigest digest, Path path) throws IOException {
        if (!Files.exists(path)) {
            digest.update((byte) 0);
            return;
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
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
