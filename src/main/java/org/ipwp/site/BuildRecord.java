package org.ipwp.site;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.ipwp.content.ConversionCache;
import org.ipwp.content.ConvertedBody;
import org.ipwp.i18n.Language;
import org.ipwp.search.SearchIndex;
import org.ipwp.search.SearchPage;
import org.ipwp.store.StoredFile;
import org.ipwp.store.StoredText;
import org.ipwp.store.TreeDigest;

/**
 * What a build with a cache folder records of itself, so that the next build into the same output
 * renders again only the pages that print a changed body, as the preview does within one process
 * ({@link IncrementalRebuild}).
 *
 * <p>Two files in {@code <cache>/builds/}, named by the output folder: the <em>facts</em> (small,
 * read by every build) and the <em>index</em> (the search indexes and where each chapter's body
 * is in the single-page white papers, read only when the facts allow an incremental build). The facts hold:
 * <ul>
 *   <li>a digest of every input outside the AsciiDoc pages: the ipwp and AsciidoctorJ code,
 *       {@code jbake.properties}, {@code templates/}, {@code data/}, {@code assets/}, the letters'
 *       attachments and the build options;</li>
 *   <li>for every content file, a digest of what the rest of the site reads of its page (header
 *       data, sections, anchors, quoted rows) and a digest of its body; and, for a file whose stamp
 *       vouches for it, what reading it gave ({@link RecordedContentFile}), so that the next build
 *       need not read it while it keeps that stamp;</li>
 *   <li>every published file's size, modification time and file key, so that an output folder
 *       changed since (by hand, by {@code serve}, by another build) is never patched;</li>
 *   <li>every page's ids and number of links, so that the patched pages can be checked to keep
 *       every id other pages link to, and the link count stays that of a full build.</li>
 * </ul>
 * Anything that does not match asks for a full build; a record that cannot be read is ignored.
 */
final class BuildRecord {

    /** Bump when the files' format or meaning changes. */
    private static final String FORMAT = "ipwp-build-record-3";

    /** A published file as the file system describes it. */
    record OutputFile(long size, long modifiedNanos, String fileKey) {
    }

    /**
     * A content file: digest of what other pages read of its page and digest of its body, both
     * {@code null} when it publishes no page.
     */
    record ContentFacts(String shape, String body) {
    }

    /** A published HTML page: its ids and the links on it. */
    record PageLinks(List<String> ids, int links) {
        PageLinks {
            ids = List.copyOf(ids);
        }
    }

    /**
     * What the index file holds: the search indexes, and where each chapter's body is in each
     * single-page white paper, by relative path of its HTML file ({@link SinglePagePaper}).
     */
    record Index(Map<Language, SearchIndex> search, Map<String, List<SinglePagePaper.Span>> chapterSpans) {
    }

    private final String build;
    private final byte[] inputs;
    private final Map<String, OutputFile> output;
    private final Map<String, ContentFacts> content;
    private final Map<String, PageLinks> pages;
    private final Map<String, RecordedContentFile> read;

    private BuildRecord(String build, byte[] inputs, Map<String, OutputFile> output, Map<String, ContentFacts> content,
                        Map<String, PageLinks> pages, Map<String, RecordedContentFile> read) {
        this.build = build;
        this.inputs = inputs.clone();
        this.output = output;
        this.content = content;
        this.pages = pages;
        this.read = read;
    }

    // ---- what is compared ------------------------------------------------------------------

    /**
     * The digest of every input of a build besides the AsciiDoc pages themselves.
     *
     * @param conversionFingerprint the conversion cache's fingerprint (code, data, messages, content root)
     * @param attachments           the letters' attachment files found in {@code content/}
     */
    static byte[] inputsOf(Path root, BuildOptions options, byte[] conversionFingerprint, Collection<Path> attachments)
            throws IOException {
        TreeDigest digest = new TreeDigest().text(FORMAT).bytes(conversionFingerprint)
                .codeOf(BuildRecord.class)
                .tree(root.resolve("jbake.properties")).tree(root.resolve("templates")).tree(root.resolve("data"))
                .tree(root.resolve("assets"));
        for (Path attachment : attachments.stream().map(p -> p.toAbsolutePath().normalize()).sorted().toList()) {
            digest.text(root.relativize(attachment).toString()).tree(attachment);
        }
        return digest.text(String.valueOf(options.baseUrl())).text(String.valueOf(options.drafts()))
                .text(String.valueOf(options.strict())).text(root.toString())
                .text(options.output().toAbsolutePath().normalize().toString()).finish();
    }

    /** The facts of one content file as read now. */
    static ContentFacts factsOf(ContentFile file) {
        Page page = file.page();
        if (page == null) {
            return new ContentFacts(null, null);
        }
        // Bodies from the conversion cache bring their digests; one with include:: (never cached) has them computed.
        ConvertedBody body = page.body().withDigests();
        return new ContentFacts(TreeDigest.ofText(page.withoutBody() + "\n" + body.factsDigest()), body.htmlDigest());
    }

    /**
     * The facts of one content file of a build with the recorded inputs: those recorded when the
     * file kept the stamp it had then (its page and body are those recorded), else {@link #factsOf}.
     */
    ContentFacts factsNow(ContentFile file) {
        RecordedContentFile recorded = read.get(file.source().sourceName());
        if (recorded != null && recorded.stamp().equals(file.stamp())) {
            return content.get(file.source().sourceName());
        }
        return factsOf(file);
    }

    /** Whether the inputs besides the pages are those of the recorded build ({@link #inputsOf}). */
    boolean sameInputs(byte[] inputsNow) {
        return java.util.Arrays.equals(inputs, inputsNow);
    }

    /**
     * Why this build must render everything, or {@code null}: {@link #changedBodies} then says what to render.
     *
     * @param facts {@link #factsOf} each of {@code files}
     */
    String fullBuildReason(byte[] inputsNow, List<ContentFile> files, List<ContentFacts> facts) {
        if (!sameInputs(inputsNow)) {
            return "templates, data, assets, configuration, attachments, options or ipwp itself changed";
        }
        if (files.size() != content.size()
                || !files.stream().map(f -> f.source().sourceName()).allMatch(content::containsKey)) {
            return "a content file was added, removed or renamed";
        }
        for (int i = 0; i < files.size(); i++) {
            ContentFile file = files.get(i);
            ContentFacts before = content.get(file.source().sourceName());
            ContentFacts now = facts.get(i);
            if (!Objects.equals(before.shape(), now.shape())) {
                return file.source().sourceName() + " changed what other pages read of it"
                        + " (header data, draft status, sections, anchors or quoted rows)";
            }
        }
        return null;
    }

    /** The pages whose body changed since the recorded build (when {@link #fullBuildReason} is {@code null}). */
    List<Page> changedBodies(List<ContentFile> files, List<ContentFacts> facts) {
        List<Page> changed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            ContentFile file = files.get(i);
            if (file.page() != null && !Objects.equals(content.get(file.source().sourceName()).body(), facts.get(i).body())) {
                changed.add(file.page());
            }
        }
        return changed;
    }

    /**
     * Stands in for reading the content files this record read, while they keep their stamps, with
     * their bodies from {@code cache}. Only for a build with the recorded inputs ({@link #sameInputs}):
     * what reading a file gives depends on the data, messages, configuration and options too.
     */
    ContentFileReader.RecordedFiles recordedFiles(ConversionCache cache) {
        return (file, stamp) -> {
            RecordedContentFile recorded = read.get(file.sourceName());
            return recorded == null ? null : recorded.restore(file, stamp, key -> cache.stored(file.sourceName(), key));
        };
    }

    /** The recorded ids and links of a page (relative path of its HTML file), or {@code null}. */
    PageLinks page(String htmlPath) {
        return pages.get(htmlPath);
    }

    /** Every recorded page's links, by relative path of its HTML file. */
    Map<String, PageLinks> pages() {
        return pages;
    }

    /**
     * Hard-links every file of {@code published} into {@code staging} (which holds only the marker)
     * if the folder still holds exactly the files this record saw; returns whether it did. On
     * {@code false} the staging folder may hold some links and must be discarded.
     */
    boolean linkUnchangedOutput(Path published, Path staging) throws IOException {
        if (!Files.isDirectory(published)) {
            return false;
        }
        Map<String, OutputFile> seen = new HashMap<>();
        boolean[] same = {true};
        Files.walkFileTree(published, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(staging.resolve(published.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String name = relative(published, file);
                if (name.equals(OutputPublisher.MARKER)) {
                    return FileVisitResult.CONTINUE;
                }
                OutputFile now = describe(attrs);
                if (!attrs.isRegularFile() || !now.equals(output.get(name))) {
                    same[0] = false;
                    return FileVisitResult.TERMINATE;
                }
                seen.put(name, now);
                Files.createLink(staging.resolve(name), file);
                return FileVisitResult.CONTINUE;
            }
        });
        return same[0] && seen.size() == output.size();
    }

    // ---- reading and writing ---------------------------------------------------------------

    /** The record of the last build into {@code output}, or {@code null} if there is none that can be read. */
    static BuildRecord read(Path cache, Path output) {
        try (DataInputStream in = StoredFile.open(file(cache, output, "facts"))) {
            if (!FORMAT.equals(StoredText.read(in))) {
                return null;
            }
            String build = StoredText.read(in);
            byte[] inputs = HexFormat.of().parseHex(StoredText.read(in));
            Map<String, OutputFile> files = new HashMap<>();
            for (int i = StoredText.readCount(in); i > 0; i--) {
                files.put(StoredText.read(in), new OutputFile(in.readLong(), in.readLong(), StoredText.read(in)));
            }
            Map<String, ContentFacts> content = new HashMap<>();
            Map<String, RecordedContentFile> read = new HashMap<>();
            for (int i = StoredText.readCount(in); i > 0; i--) {
                String name = StoredText.read(in);
                content.put(name, new ContentFacts(StoredText.read(in), StoredText.read(in)));
                if (in.readBoolean()) {
                    read.put(name, RecordedContentFile.readFrom(in));
                }
            }
            Map<String, PageLinks> pages = new HashMap<>();
            for (int i = StoredText.readCount(in); i > 0; i--) {
                String page = StoredText.read(in);
                List<String> ids = new ArrayList<>();
                for (int k = StoredText.readCount(in); k > 0; k--) {
                    ids.add(StoredText.read(in));
                }
                pages.put(page, new PageLinks(ids, in.readInt()));
            }
            if (in.read() != -1) {
                return null;
            }
            return new BuildRecord(build, inputs, files, content, pages, read);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            // A truncated, foreign or outdated record only means a full build.
            return null;
        }
    }

    /** Reads the index file written with this record; empty if it cannot be read or belongs to another build. */
    Optional<Index> readIndex(Path cache, Path output, Map<Language, Map<SearchPage.Kind, String>> labels) {
        try (DataInputStream in = StoredFile.open(file(cache, output, "index"))) {
            if (!FORMAT.equals(StoredText.read(in)) || !build.equals(StoredText.read(in))) {
                return Optional.empty();
            }
            Map<Language, SearchIndex> search = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                if (in.readBoolean()) {
                    Optional<SearchIndex> index = SearchIndex.readFrom(in, labels.get(language));
                    if (index.isEmpty()) {
                        return Optional.empty();
                    }
                    search.put(language, index.get());
                }
            }
            Map<String, List<SinglePagePaper.Span>> spans = new HashMap<>();
            for (int i = StoredText.readCount(in); i > 0; i--) {
                String page = StoredText.read(in);
                List<SinglePagePaper.Span> chapters = new ArrayList<>();
                for (int c = StoredText.readCount(in); c > 0; c--) {
                    chapters.add(new SinglePagePaper.Span(StoredText.read(in), in.readInt(), in.readInt()));
                }
                spans.put(page, List.copyOf(chapters));
            }
            if (in.read() != -1) {
                return Optional.empty();
            }
            return Optional.of(new Index(search, spans));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes the index file of a new record for {@code output}, after deleting the facts of the
     * old one (so that a crash before {@link #writeFacts} leaves no facts to match); returns the
     * build id the facts must name.
     */
    static String writeIndex(Path cache, Path output, Map<Language, SearchIndex> search,
                             Map<String, List<SinglePagePaper.Span>> chapterSpans) throws IOException {
        String build = UUID.randomUUID().toString();
        forget(cache, output);
        StoredFile.write(file(cache, output, "index"), out -> {
            StoredText.write(out, FORMAT);
            StoredText.write(out, build);
            for (Language language : Language.values()) {
                SearchIndex index = search.get(language);
                out.writeBoolean(index != null);
                if (index != null) {
                    index.writeTo(out);
                }
            }
            out.writeInt(chapterSpans.size());
            for (Map.Entry<String, List<SinglePagePaper.Span>> page : new TreeMap<>(chapterSpans).entrySet()) {
                StoredText.write(out, page.getKey());
                out.writeInt(page.getValue().size());
                for (SinglePagePaper.Span span : page.getValue()) {
                    StoredText.write(out, span.source());
                    out.writeInt(span.start());
                    out.writeInt(span.length());
                }
            }
        });
        return build;
    }

    /**
     * Writes the facts of the record whose index {@link #writeIndex} writes, describing the output
     * as now published (while the index is still being written); forgets the record instead if
     * writing the index failed ({@code build} gives {@code null}).
     *
     * @param pages    every published page's links, by relative path of its HTML file
     * @param bodyKeys the conversion cache entry of each file's body, by source name ({@link ConversionCache#entryOf})
     */
    static void writeFacts(Path cache, Path output, CompletableFuture<String> index, byte[] inputs, List<ContentFile> files,
                           List<ContentFacts> facts, Map<String, PageLinks> pages, Function<String, String> bodyKeys)
            throws IOException {
        Map<String, OutputFile> described = describeOutput(output);
        String build = index.join();
        if (build == null) {
            forget(cache, output);
            return;
        }
        StoredFile.write(file(cache, output, "facts"), out -> {
            StoredText.write(out, FORMAT);
            StoredText.write(out, build);
            StoredText.write(out, HexFormat.of().formatHex(inputs));
            out.writeInt(described.size());
            for (Map.Entry<String, OutputFile> file : new TreeMap<>(described).entrySet()) {
                StoredText.write(out, file.getKey());
                out.writeLong(file.getValue().size());
                out.writeLong(file.getValue().modifiedNanos());
                StoredText.write(out, file.getValue().fileKey());
            }
            out.writeInt(files.size());
            for (int i = 0; i < files.size(); i++) {
                StoredText.write(out, files.get(i).source().sourceName());
                StoredText.write(out, facts.get(i).shape());
                StoredText.write(out, facts.get(i).body());
                RecordedContentFile read = RecordedContentFile.of(files.get(i), bodyKeys.apply(files.get(i).source().sourceName()));
                out.writeBoolean(read != null);
                if (read != null) {
                    read.writeTo(out);
                }
            }
            out.writeInt(pages.size());
            for (Map.Entry<String, PageLinks> page : new TreeMap<>(pages).entrySet()) {
                StoredText.write(out, page.getKey());
                out.writeInt(page.getValue().ids().size());
                for (String id : page.getValue().ids()) {
                    StoredText.write(out, id);
                }
                out.writeInt(page.getValue().links());
            }
        });
    }

    /** Forgets the record of {@code output}: the next build into it renders everything. */
    static void forget(Path cache, Path output) throws IOException {
        Files.deleteIfExists(file(cache, output, "facts"));
    }

    private static Map<String, OutputFile> describeOutput(Path published) throws IOException {
        Map<String, OutputFile> files = new LinkedHashMap<>();
        Files.walkFileTree(published, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = relative(published, file);
                if (!name.equals(OutputPublisher.MARKER)) {
                    files.put(name, describe(attrs));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    private static OutputFile describe(BasicFileAttributes attrs) {
        return new OutputFile(attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS), String.valueOf(attrs.fileKey()));
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static Path file(Path cache, Path output, String kind) {
        String name = TreeDigest.ofText(output.toAbsolutePath().normalize().toString()).substring(0, 32);
        return cache.resolve("builds").resolve(name + "." + kind);
    }
}
