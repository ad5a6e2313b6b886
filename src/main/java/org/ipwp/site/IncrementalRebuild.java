package org.ipwp.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.ipwp.content.AsciidocConverter;
import org.ipwp.content.AsciidoctorEngine;
import org.ipwp.content.BodyConverter;
import org.ipwp.content.ConversionCache;
import org.ipwp.content.LazyConverter;
import org.ipwp.diag.Diagnostic;
import org.ipwp.diag.Diagnostics;
import org.ipwp.diag.ExitCode;
import org.ipwp.diag.Severity;
import org.ipwp.diag.SiteException;
import org.ipwp.diag.SourcePosition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Applies edits of content pages to the last good build ({@link BuiltSite}) by rendering again only
 * what shows the edited bodies, when that is sure to give what a full build would publish.
 *
 * <p>The edited files are read (and converted) again. If every one of them still publishes a page
 * with the same header data, sections, anchors and quoted figures, and its body lost no id, then
 * nothing else in the site can have changed except what prints those bodies: the pages themselves,
 * the single-page white paper for a chapter ({@link PageViews#pagesPrintingBodyOf}) and the search
 * index of their language. Those pages are rendered, their links checked (against the published
 * folder with the new pages in place) and, when all is well, written over the published files one
 * by one, each atomically. Anything else, and anything outside {@code content/}, asks for a full
 * build ({@link FullBuildNeeded}).
 *
 * <p>A content error stops the rebuild with a {@link SiteException} listing what a full build would
 * list at that point, before anything is written; the given site stays valid. After
 * {@link FullBuildNeeded} or an {@link IOException} the given site must not be used again (its
 * search index may be half updated): build in full.
 */
public final class IncrementalRebuild {

    /** What {@link #apply} did. */
    public sealed interface Outcome permits Applied, FullBuildNeeded {
    }

    /**
     * The edits were applied and published.
     *
     * @param site        the state to apply the next edits to
     * @param edited      the content files read again
     * @param rendered    the URL paths of the pages rendered again
     * @param written     output files replaced or deleted (files whose bytes did not change are not rewritten)
     * @param converted   bodies Asciidoctor converted (the others came from the conversion cache)
     * @param phaseMillis time per phase
     */
    public record Applied(BuiltSite site, List<String> edited, List<String> rendered, int written, int converted,
                          Map<String, Long> phaseMillis) implements Outcome {

        public Applied {
            edited = List.copyOf(edited);
            rendered = List.copyOf(rendered);
            // In phase order, for the terminal.
            phaseMillis = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(phaseMillis));
        }

        /** Warnings of the site as it now stands. */
        public List<Diagnostic> warnings() {
            return site.report().warnings();
        }
    }

    /** Only a full build can apply these changes; {@code reason} says why, for the terminal. */
    public record FullBuildNeeded(String reason) implements Outcome {
    }

    private final BuiltSite site;
    private final Supplier<AsciidoctorEngine> engine;
    private final Path output;
    private final Map<String, Long> timings = new LinkedHashMap<>();

    /**
     * @param site   the last good build
     * @param engine the long-lived Asciidoctor engine, asked only if a body must be converted
     */
    public IncrementalRebuild(BuiltSite site, Supplier<AsciidoctorEngine> engine) {
        this.site = site;
        this.engine = engine;
        this.output = site.options().output().toAbsolutePath().normalize();
    }

    /**
     * Applies the changes.
     *
     * @param changed every path reported changed since {@code site} was built
     * @throws SiteException when an edited file or a re-rendered page has a problem; nothing was written
     */
    public Outcome apply(Collection<Path> changed) throws IOException {
        long started = System.nanoTime();
        EditClassifier.Classification classification = new EditClassifier(site).classify(changed);
        if (classification.fullBuildReason() != null) {
            return new FullBuildNeeded(classification.fullBuildReason());
        }
        if (!Files.isRegularFile(output.resolve(OutputPublisher.MARKER))) {
            return new FullBuildNeeded("the output folder " + output + " is not the one last built");
        }
        Reading reading = readAgain(classification.edited());
        timings.put("read", millisSince(started));
        Diagnostics problems = problemsAfterReading(reading.files().values());
        stopOnProblems(problems);

        started = System.nanoTime();
        Map<Page, Page> replaced = new LinkedHashMap<>();
        for (ContentFile now : reading.reread()) {
            Page before = site.files().get(key(now)).page();
            Page after = now.page();
            String name = now.source().sourceName();
            if (before == null && after == null) {
                continue;
            }
            if (before == null || after == null) {
                return new FullBuildNeeded(name + (after == null ? " no longer publishes a page" : " now publishes a page"));
            }
            String difference = difference(before, after);
            if (difference != null) {
                return new FullBuildNeeded(name + " " + difference);
            }
            if (!before.body().html().equals(after.body().html())) {
                replaced.put(before, after);
            }
        }
        SiteModel model = site.model();
        if (!replaced.isEmpty()) {
            model = new SiteModel(model.config(), model.messages(), model.datasets(),
                    model.pages().stream().map(p -> replaced.getOrDefault(p, p)).toList(), model.downloads(), model.attachments());
        }
        timings.put("model", millisSince(started));

        started = System.nanoTime();
        modelDiagnostics().forEach(problems::report);
        Map<Page, String> rendered = render(model, replaced.values(), problems);
        Map<Path, String> pending = new TreeMap<>();
        rendered.forEach((page, html) -> pending.put(pageFile(page), html));
        timings.put("render", millisSince(started));
        stopOnProblems(problems);

        started = System.nanoTime();
        int links = new LinkChecker(output, model.config().baseUrl(), problems, pending).check(pending.keySet());
        timings.put("check", millisSince(started));
        stopOnProblems(problems);

        // Checks passed: from here on the search index is changed in place and files are written.
        started = System.nanoTime();
        OutputPatch patch = new OutputPatch(output);
        pending.forEach((file, html) -> patch.put(file, html.getBytes(StandardCharsets.UTF_8)));
        String unsplittable = new SearchPages(model.messages()).replace(site.search(), rendered, output, patch);
        if (unsplittable != null) {
            return new FullBuildNeeded(unsplittable + " splits into other search results than before");
        }
        timings.put("search", millisSince(started));
        started = System.nanoTime();
        int written = patch.apply();
        site.prefixedBodies().retainOnly(model.pages().stream().filter(p -> p.kind() == PageKind.CHAPTER).toList());
        timings.put("write", millisSince(started));

        BuildReport before = site.report();
        List<Diagnostic> warnings = problems.sorted().stream().filter(d -> d.severity() == Severity.WARNING).toList();
        BuildReport report = new BuildReport(before.pages(), before.datasets(), before.letters(), links, timings, warnings,
                before.ignoredFiles(), reading.reread().size(), reading.converted(), 0, null);
        return new Applied(site.with(new ArrayList<>(reading.files().values()), model, report),
                reading.reread().stream().map(f -> f.source().sourceName()).toList(),
                rendered.keySet().stream().map(Page::url).toList(), written, reading.converted(), timings);
    }

    /**
     * The edited files read again.
     *
     * @param files     every content file, the edited ones replaced
     * @param reread    the edited files as read now
     * @param converted bodies Asciidoctor converted (the others came from the cache)
     */
    private record Reading(Map<Path, ContentFile> files, List<ContentFile> reread, int converted) {
    }

    /** Reads and converts the edited files with the last build's data, messages and cache. */
    private Reading readAgain(List<ContentFile> edited) throws IOException {
        Map<Path, ContentFile> files = new LinkedHashMap<>(site.files());
        List<ContentFile> reread = new ArrayList<>();
        Path contentRoot = site.root().resolve("content");
        try (LazyConverter asciidoc = new LazyConverter(
                () -> new AsciidocConverter(contentRoot, site.datasets(), site.messages(), engine.get()))) {
            byte[] fingerprint = site.cacheFingerprint();
            BodyConverter converter = fingerprint == null ? asciidoc
                    : new ConversionCache(site.options().cache(), fingerprint, asciidoc);
            ContentFileReader reader = new ContentFileReader(site.root(), output, converter, site.options().drafts());
            for (ContentFile old : edited) {
                ContentFile now = reader.read(old.source());
                files.put(key(now), now);
                reread.add(now);
            }
            return new Reading(files, reread, asciidoc.conversions());
        }
    }

    /** Renders the pages that print the bodies of {@code edited}; their HTML by page (absent after a template error). */
    private Map<Page, String> render(SiteModel model, Collection<Page> edited, Diagnostics problems) {
        PageViews views = new PageViews(model, site.prefixedBodies());
        PageRenderer renderer = new PageRenderer(model, site.prefixedBodies(), site.renderer());
        Set<Page> pages = new LinkedHashSet<>();
        edited.forEach(p -> pages.addAll(views.pagesPrintingBodyOf(p)));
        Map<Page, String> rendered = new LinkedHashMap<>();
        for (Page page : pages) {
            PageRenderer.Rendered html = renderer.render(page, problems);
            if (html != null) {
                rendered.put(page, html.html());
            }
        }
        return rendered;
    }

    private Path pageFile(Page page) {
        return output.resolve(page.url()).resolve("index.html");
    }

    private static Path key(ContentFile file) {
        return file.source().path().toAbsolutePath().normalize();
    }

    /**
     * Why {@code after} cannot replace {@code before} by rendering alone, or {@code null}: what
     * other pages, the site checks or incoming links use of a page must be unchanged.
     */
    private static String difference(Page before, Page after) {
        if (!before.withoutBody().equals(after.withoutBody())) {
            return "changed its header data (title, description, date, order, type, status or letter metadata)";
        }
        if (!before.body().sections().equals(after.body().sections())) {
            return "changed its sections";
        }
        if (!before.body().anchors().equals(after.body().anchors())) {
            return "changed its anchors";
        }
        if (!before.body().quotes().equals(after.body().quotes())) {
            return "changed the dataset rows it quotes";
        }
        if (!ids(after.body().html()).containsAll(ids(before.body().html()))) {
            return "lost an id that other pages may link to";
        }
        return null;
    }

    private static Set<String> ids(String html) {
        Set<String> ids = new HashSet<>();
        for (Element element : Jsoup.parseBodyFragment(html).select("[id]")) {
            ids.add(element.id());
        }
        return ids;
    }

    /** What a full build has reported once every file is read: loading, then each file's reading, in order. */
    private Diagnostics problemsAfterReading(Collection<ContentFile> files) {
        Diagnostics problems = new Diagnostics();
        site.loadDiagnostics().forEach(problems::report);
        files.forEach(f -> f.diagnostics().forEach(problems::report));
        return problems;
    }

    /**
     * What the last build reported after reading (the site checks: counterparts, sections, sources),
     * which the edits cannot have changed since they changed none of what those checks read.
     */
    private List<Diagnostic> modelDiagnostics() {
        Set<Diagnostic> earlier = new HashSet<>(site.loadDiagnostics());
        site.files().values().forEach(f -> earlier.addAll(f.diagnostics()));
        return site.report().warnings().stream().filter(d -> !earlier.contains(d)).toList();
    }

    private void stopOnProblems(Diagnostics problems) {
        if (problems.failsBuild(site.options().strict())) {
            List<Diagnostic> all = new ArrayList<>(problems.sorted());
            if (problems.dropped() > 0) {
                all.add(Diagnostic.error("too-many-problems", SourcePosition.file("."),
                        problems.dropped() + " more problems not shown (at most " + Diagnostics.MAX_PER_FILE + " per file)"));
            }
            throw new SiteException(ExitCode.CONTENT_ERROR, all);
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
