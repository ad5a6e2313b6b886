package org.ipwp.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.ipwp.diag.Diagnostics;
import org.ipwp.i18n.Language;
import org.ipwp.search.SearchIndex;
import org.ipwp.search.SearchPage;

/**
 * The cached rebuild: when the last build into the same output left a {@link BuildRecord} and
 * nothing but page bodies changed since, renders only the pages that print a changed body
 * ({@link PageViews#pagesPrintingBodyOf}, the preview's rule) into a staging folder holding hard
 * links of every other published file, checks their links and that they kept every id other pages
 * may link to, and replaces them in the search index read back from the record; the builder
 * then publishes the staging folder as a whole. What it publishes is what a full build would
 * publish, byte for byte ({@code RecordedRebuildTest} compares the two).
 */
final class RecordedRebuild {

    /** What {@link #apply} did. */
    sealed interface Outcome permits Patched, FullBuildNeeded {
    }

    /**
     * The output was patched in a staging folder, now the caller's to publish (or discard).
     *
     * @param staging        the staging folder, ready to publish
     * @param links          links on every page of the site, as a full build counts them
     * @param pageLinks      every page's ids and links, for the next record
     * @param search         the search indexes as published
     * @param prefixedBodies the prefixed chapter bodies computed, for the preview
     * @param chapterSpans   where each chapter's body is in each single-page white paper, for the next record
     * @param rendered       pages rendered again
     */
    record Patched(Path staging, int links, Map<String, BuildRecord.PageLinks> pageLinks, Map<Language, SearchIndex> search,
                   PrefixedChapterBodies prefixedBodies, Map<String, List<SinglePagePaper.Span>> chapterSpans, int rendered)
            implements Outcome {
    }

    /** Only a full build can publish this; nothing was published. */
    record FullBuildNeeded(String reason) implements Outcome {
    }

    /** Stops the build when the diagnostics so far fail it (the builder's rule). */
    @FunctionalInterface
    interface ProblemCheck {
        void stopOnProblems();
    }

    /**
     * What a cached rebuild can do before the pages are read, on a thread of its own while JRuby
     * starts and the pages are read: read the record's index (tens of megabytes at a thousand
     * pages) and hard-link the published files into a staging folder. {@link #close} deletes that
     * folder unless {@link #apply} handed it over in a {@link Patched}.
     */
    static final class Preparation implements AutoCloseable {

        /**
         * The staging folder of hard links, or {@code null} and why there is none; and the
         * record's index.
         */
        private record Prepared(Optional<BuildRecord.Index> index, Path staging, String whyNot) {
        }

        private final OutputPublisher publisher;
        private final CompletableFuture<Prepared> work;
        private boolean handedOver;

        private Preparation(OutputPublisher publisher, CompletableFuture<Prepared> work) {
            this.publisher = publisher;
            this.work = work;
        }

        /** Starts preparing; the caller must {@link #close} it. */
        static Preparation start(BuildRecord record, BuildOptions options, OutputPublisher publisher,
                                 Map<Language, Map<SearchPage.Kind, String>> labels) {
            return new Preparation(publisher, CompletableFuture.supplyAsync(() -> {
                Optional<BuildRecord.Index> index = record.readIndex(options.cache(), options.output(), labels);
                if (index.isEmpty()) {
                    return new Prepared(index, null, "the last build's search index could not be read");
                }
                if (!Files.isDirectory(options.output())) {
                    return new Prepared(index, null, "the output folder of the last build is gone");
                }
                Path staging = null;
                String whyNot;
                try {
                    staging = publisher.createStaging();
                    if (record.linkUnchangedOutput(options.output(), staging)) {
                        return new Prepared(index, staging, null);
                    }
                    whyNot = "the output folder changed since the last build";
                } catch (IOException | RuntimeException e) {
                    // A file system without hard links (UnsupportedOperationException) among others.
                    whyNot = "the published files could not be linked (" + e + ")";
                }
                publisher.discard(staging);
                return new Prepared(index, null, whyNot);
            }, new OwnThread("ipwp-record")));
        }

        private Prepared join() {
            try {
                return work.join();
            } catch (java.util.concurrent.CompletionException e) {
                return new Prepared(Optional.empty(), null, "preparing the patch failed (" + e.getCause() + ")");
            }
        }

        @Override
        public void close() {
            Prepared prepared;
            try {
                prepared = work.join();
            } catch (RuntimeException e) {
                return;
            }
            if (!handedOver && prepared.staging() != null) {
                publisher.discard(prepared.staging());
            }
        }
    }

    private final BuildOptions options;
    private final Diagnostics diagnostics;
    private final ProblemCheck problems;
    private final PageWorkers workers;

    RecordedRebuild(BuildOptions options, Diagnostics diagnostics, ProblemCheck problems, PageWorkers workers) {
        this.options = options;
        this.diagnostics = diagnostics;
        this.problems = problems;
        this.workers = workers;
    }

    /**
     * Patches a copy of the published output, or says why only a full build can.
     *
     * @param preparation what was prepared while the pages were read
     * @param facts {@link BuildRecord#factsOf} each of {@code files}
     */
    Outcome apply(BuildRecord record, Preparation preparation, byte[] inputs, List<ContentFile> files,
                  List<BuildRecord.ContentFacts> facts, SiteModel model, TemplateRenderer templates, OutputPublisher publisher)
            throws IOException {
        String reason = record.fullBuildReason(inputs, files, facts);
        if (reason != null) {
            return new FullBuildNeeded(reason);
        }
        Preparation.Prepared prepared = preparation.join();
        Path staging = prepared.staging();
        if (staging == null) {
            return new FullBuildNeeded(prepared.whyNot());
        }
        Map<Language, SearchIndex> search = new EnumMap<>(prepared.index().get().search());
        PrefixedChapterBodies prefixed = new PrefixedChapterBodies();
        PageViews views = new PageViews(model, prefixed);
        List<Page> changedBodies = record.changedBodies(files, facts);
        Set<Page> changed = new LinkedHashSet<>();
        changedBodies.forEach(p -> changed.addAll(views.pagesPrintingBodyOf(p)));
        List<Page> pages = List.copyOf(changed);
        Map<String, List<SinglePagePaper.Span>> chapterSpans = new java.util.concurrent.ConcurrentHashMap<>(
                prepared.index().get().chapterSpans());
        PageRenderer renderer = new PageRenderer(model, prefixed, templates);
        List<String> html = workers.map(pages, page -> {
            if (page.kind() == PageKind.WHITEPAPER_ALL) {
                String spliced = splice(page, staging, chapterSpans, changedBodies, model, prefixed);
                if (spliced != null) {
                    return spliced;
                }
            }
            PageRenderer.Rendered rendered = renderer.render(page, diagnostics);
            if (rendered == null) {
                return null;
            }
            chapterSpans.remove(pageFile(staging, page));
            if (!rendered.chapterSpans().isEmpty()) {
                chapterSpans.put(pageFile(staging, page), rendered.chapterSpans());
            }
            return rendered.html();
        });
        problems.stopOnProblems();
        Map<Page, String> rendered = new LinkedHashMap<>();
        Map<Path, String> pending = new LinkedHashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            rendered.put(pages.get(i), html.get(i));
            pending.put(staging.resolve(pages.get(i).url()).resolve("index.html"), html.get(i));
        }
        LinkChecker checker = new LinkChecker(staging, model.config().baseUrl(), diagnostics, pending,
                file -> recordedIds(record, staging, file));
        checker.check(pending.keySet());
        problems.stopOnProblems();
        Map<String, BuildRecord.PageLinks> pageLinks = new TreeMap<>(record.pages());
        Map<Path, Integer> linksByPage = checker.linksByPage();
        for (Path file : pending.keySet()) {
            String name = relative(staging, file);
            BuildRecord.PageLinks before = record.page(name);
            Set<String> ids = checker.idsOf(file);
            if (before == null || !ids.containsAll(before.ids())) {
                return new FullBuildNeeded(name + " lost an id that other pages may link to");
            }
            pageLinks.put(name, new BuildRecord.PageLinks(ids.stream().sorted().toList(), linksByPage.get(file)));
        }
        // Each file is renamed into place, so a hard link to a published file is replaced, never written through.
        OutputPatch patch = new OutputPatch(staging);
        pending.forEach((file, page) -> patch.put(file, page.getBytes(StandardCharsets.UTF_8)));
        String unsplittable = new SearchPages(model.messages()).replace(search, rendered, staging, patch);
        if (unsplittable != null) {
            return new FullBuildNeeded(unsplittable + " splits into other search results than before");
        }
        patch.apply();
        preparation.handedOver = true;
        int links = pageLinks.values().stream().mapToInt(BuildRecord.PageLinks::links).sum();
        return new Patched(staging, links, pageLinks, search, prefixed, chapterSpans, pages.size());
    }

    /**
     * The single-page white paper {@code page} with the changed chapters' bodies replaced in the
     * published page at their recorded places (updated in {@code chapterSpans}), or {@code null}
     * when the record has no places for it that fit: the page is then rendered.
     */
    private static String splice(Page page, Path staging, Map<String, List<SinglePagePaper.Span>> chapterSpans,
                                 List<Page> changedBodies, SiteModel model, PrefixedChapterBodies prefixed) throws IOException {
        List<SinglePagePaper.Span> spans = chapterSpans.get(pageFile(staging, page));
        if (spans == null) {
            return null;
        }
        List<Page> chapters = model.chapters(page.language());
        Set<Page> changed = new HashSet<>(changedBodies);
        Map<Integer, String> bodies = new HashMap<>();
        for (int i = 0; i < chapters.size(); i++) {
            if (changed.contains(chapters.get(i))) {
                bodies.put(i, prefixed.of(chapters.get(i)));
            }
        }
        String published = Files.readString(staging.resolve(pageFile(staging, page)), StandardCharsets.UTF_8);
        SinglePagePaper.Assembled assembled = SinglePagePaper.replace(published, spans, chapters, bodies);
        if (assembled == null) {
            return null;
        }
        chapterSpans.put(pageFile(staging, page), assembled.spans());
        return assembled.html();
    }

    /** The relative path of a page's HTML file, as the record names it. */
    private static String pageFile(Path staging, Page page) {
        return relative(staging, staging.resolve(page.url()).resolve("index.html"));
    }

    /** The ids the record has for a page of the staging folder that was not rendered again. */
    private static Set<String> recordedIds(BuildRecord record, Path staging, Path file) {
        if (!file.startsWith(staging)) {
            return null;
        }
        BuildRecord.PageLinks page = record.page(relative(staging, file));
        return page == null ? null : new HashSet<>(page.ids());
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
