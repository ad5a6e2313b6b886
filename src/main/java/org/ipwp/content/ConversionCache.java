package org.ipwp.content;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.ipwp.diag.Diagnostic;
import org.ipwp.diag.Diagnostics;
import org.ipwp.store.StoredFile;
import org.ipwp.store.StoredText;
import org.ipwp.store.TreeDigest;

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
    private static final String FORMAT = "ipwp-body-cache-3";

    /** An entry's name: a hex SHA-256 (anything else from a record is refused, never resolved as a path). */
    private static final java.util.regex.Pattern ENTRY_KEY = java.util.regex.Pattern.compile("[0-9a-f]{64}");

    private final Path folder;
    private final byte[] fingerprint;
    private final BodyConverter converter;
    private final AtomicInteger hits = new AtomicInteger();
    // The entry each page's body was served from or stored in, by source name, for the build record.
    private final Map<String, String> entries = new ConcurrentHashMap<>();

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
        Path entry = entry(key);
        Entry cached = read(entry);
        if (cached != null) {
            hits.incrementAndGet();
            entries.put(request.sourceName(), key);
            cached.diagnostics().forEach(diagnostics::report);
            return cached.body();
        }
        Diagnostics recorder = Diagnostics.recorder();
        ConvertedBody body = converter.convert(request, recorder).withDigests();
        List<Diagnostic> reported = recorder.inOrder();
        reported.forEach(diagnostics::report);
        if (write(entry, new Entry(body, reported))) {
            entries.put(request.sourceName(), key);
        }
        return body;
    }

    /**
     * The entry that served or stored the body of {@code sourceName} in this build, or {@code null}
     * (not converted through the cache, or not stored): the build record names it, so that the next
     * build can take the body from it without reading the file ({@link #stored}).
     */
    public String entryOf(String sourceName) {
        return entries.get(sourceName);
    }

    /**
     * The body entry {@code key} holds for {@code sourceName} (counted as a hit, and the entry of
     * {@code sourceName} from now on), or {@code null} if the cache lost it.
     */
    public ConvertedBody stored(String sourceName, String key) {
        if (key == null || !ENTRY_KEY.matcher(key).matches()) {
            return null;
        }
        Entry cached = read(entry(key));
        if (cached == null) {
            return null;
        }
        hits.incrementAndGet();
        entries.put(sourceName, key);
        return cached.body();
    }

    private Path entry(String key) {
        return folder.resolve(key.substring(0, 2)).resolve(key);
    }

    /** Bodies served from the cache so far. */
    public int hits() {
        return hits.get();
    }

    private String key(ConversionRequest request) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            StoredText.write(out, request.sourceName());
            out.writeInt(request.bodyLine());
            StoredText.write(out, request.language().code());
            StoredText.write(out, request.type().headerName());
            StoredText.write(out, request.date().toString());
            StoredText.write(out, request.pageUrl());
            out.writeInt(request.lines().size());
            for (String line : request.lines()) {
                StoredText.write(out, line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(new TreeDigest().text(FORMAT).bytes(fingerprint).bytes(bytes.toByteArray()).finish());
    }

    /** The stored body and diagnostics of one conversion. */
    private record Entry(ConvertedBody body, List<Diagnostic> diagnostics) {
    }

    /** The body a cache entry holds, or {@code null} if it holds none (for tests reading a cache folder). */
    static ConvertedBody storedBody(Path entry) {
        Entry stored = read(entry);
        return stored == null ? null : stored.body();
    }

    private static Entry read(Path entry) {
        try (DataInputStream in = StoredFile.open(entry)) {
            if (!FORMAT.equals(StoredText.read(in))) {
                return null;
            }
            String html = StoredText.read(in);
            String htmlDigest = StoredText.read(in);
            String factsDigest = StoredText.read(in);
            List<Section> sections = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                sections.add(new Section(StoredText.read(in), StoredText.read(in), in.readInt()));
            }
            List<String> anchors = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                anchors.add(StoredText.read(in));
            }
            List<Quotation> quotes = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                quotes.add(new Quotation(StoredText.read(in), StoredText.read(in), StoredText.read(in), StoredText.read(in)));
            }
            List<Diagnostic> diagnostics = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                diagnostics.add(Diagnostic.readFrom(in));
            }
            if (in.read() != -1) {
                return null;
            }
            return new Entry(new ConvertedBody(html, sections, anchors, quotes, htmlDigest, factsDigest), diagnostics);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            // A truncated or foreign file is a miss; the conversion overwrites it.
            return null;
        }
    }

    /** Stores an entry; returns whether it could. */
    private static boolean write(Path entry, Entry value) {
        try {
            StoredFile.write(entry, out -> {
                StoredText.write(out, FORMAT);
                ConvertedBody body = value.body();
                StoredText.write(out, body.html());
                StoredText.write(out, body.htmlDigest());
                StoredText.write(out, body.factsDigest());
                out.writeInt(body.sections().size());
                for (Section section : body.sections()) {
                    StoredText.write(out, section.id());
                    StoredText.write(out, section.title());
                    out.writeInt(section.level());
                }
                out.writeInt(body.anchors().size());
                for (String anchor : body.anchors()) {
                    StoredText.write(out, anchor);
                }
                out.writeInt(body.quotes().size());
                for (Quotation quote : body.quotes()) {
                    StoredText.write(out, quote.datasetId());
                    StoredText.write(out, quote.rowKey());
                    StoredText.write(out, quote.sectionId());
                    StoredText.write(out, quote.sectionTitle());
                }
                out.writeInt(value.diagnostics().size());
                for (Diagnostic d : value.diagnostics()) {
                    d.writeTo(out);
                }
            });
            return true;
        } catch (IOException e) {
            // The cache only saves time: a build must not fail because it cannot be written.
            return false;
        }
    }

    /**
     * The fingerprint of everything besides the request that a conversion reads: the code of ipwp
     * and AsciidoctorJ (the jar, or every class file when run from a folder), every file under
     * {@code data/} and {@code templates/i18n/}, and the absolute content root (Asciidoctor's base
     * directory, visible to {@code {docdir}}-style attributes).
     */
    public static byte[] fingerprint(Path siteRoot) throws IOException {
        TreeDigest digest = new TreeDigest().text(FORMAT)
                .codeOf(ConversionCache.class).codeOf(org.asciidoctor.Asciidoctor.class)
                .tree(siteRoot.resolve("data"))
                .tree(siteRoot.resolve("templates").resolve("i18n"));
        return digest.text(siteRoot.resolve("content").toAbsolutePath().normalize().toString()).finish();
    }
}
