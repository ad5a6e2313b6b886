package org.ipwp.site;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.ipwp.config.SiteConfig;
import org.ipwp.config.SiteConfigReader;
import org.ipwp.content.AsciidocConverter;
import org.ipwp.content.AsciidoctorEngine;
import org.ipwp.content.AsciidoctorStarter;
import org.ipwp.content.BodyConverter;
import org.ipwp.content.ConversionCache;
import org.ipwp.content.LazyConverter;
import org.ipwp.data.Dataset;
import org.ipwp.data.DatasetCatalog;
import org.ipwp.data.DatasetReader;
import org.ipwp.data.QuantityFormatter;
import org.ipwp.diag.Diagnostic;
import org.ipwp.diag.Diagnostics;
import org.ipwp.diag.ExitCode;
import org.ipwp.diag.Severity;
import org.ipwp.diag.SiteException;
import org.ipwp.diag.SourcePosition;
import org.ipwp.i18n.Language;
import org.ipwp.i18n.Messages;
import org.ipwp.i18n.MessagesReader;
import org.ipwp.links.LinkResolver;
import org.ipwp.search.SearchIndex;
import org.ipwp.search.SearchIndexWriter;
import org.ipwp.search.SearchPage;
import org.ipwp.search.SearchTokenizer;

/**
 * The build pipeline, one named method per phase: {@link #load}, {@link #readPages},
 * {@link #model}, {@link #render}, {@link #write}, {@link #check}, then publish. Problems are
 * collected; the build stops after the first phase that reported an error (or a warning under
 * {@code --strict}), and the live output is only replaced at the very end.
 */
public final class SiteBuilder {

    private final BuildOptions options;
    private final Path root;
    private final Diagnostics diagnostics = new Diagnostics();
    private final ContentRules rules = new ContentRules(diagnostics);
    private final Map<String, Long> timings = new LinkedHashMap<>();
    private final Supplier<AsciidoctorEngine> sharedEngine;
    // What the preview keeps of a good build (see BuiltSite); filled in by the phases.
    private final List<ContentFile> contentFiles = new ArrayList<>();
    private final Map<Language, SearchIndex> searchIndexes = new java.util.EnumMap<>(Language.class);
    private PrefixedChapterBodies prefixedBodies = new PrefixedChapterBodies();
    // Every page's ids and links, for the next build's record (see BuildRecord).
    private final Map<String, BuildRecord.PageLinks> pageLinks = new TreeMap<>();
    // Where each chapter's body is in each single-page white paper, for the next build's record.
    private final Map<String, List<SinglePagePaper.Span>> chapterSpans = new java.util.concurrent.ConcurrentHashMap<>();
    private BuiltSite built;
    // Content files taken from the last build's record without being read.
    private int unread;
    // The conversion cache entry of each page's body, by source name, for the next build's record.
    private java.util.function.Function<String, String> bodyKeys = name -> null;

    /** A builder that starts (and shuts down) its own Asciidoctor instance. */
    public SiteBuilder(BuildOptions options) {
        this(options, null);
    }

    /**
     * @param sharedEngine gives a long-lived Asciidoctor engine, asked only when a body must really
     *                     be converted; the build borrows it and never shuts it down. {@code null}:
     *                     the build starts its own instance.
     */
    public SiteBuilder(BuildOptions options, Supplier<AsciidoctorEngine> sharedEngine) {
        this.options = options;
        this.root = options.source().toAbsolutePath().normalize();
        this.sharedEngine = sharedEngine;
    }

    /** The inputs read by {@link #load}. */
    private record Inputs(SiteConfig config, Messages messages, DatasetCatalog datasets, List<SourceFile> files,
                          List<AttachmentFile> attachments, List<String> ignored) {
    }

    /**
     * Builds and publishes the site.
     *
     * @throws SiteException with every diagnostic when the build fails; the output is untouched
     */
    public BuildReport build() {
        OutputPublisher publisher = new OutputPublisher(options.output());
        Path staging = null;
        AsciidoctorStarter starter = null;
        RecordedRebuild.Preparation preparation = null;
        try (PageWorkers workers = PageWorkers.perCore()) {
            if (!publisher.outputReplaceable()) {
                throw SiteException.of(ExitCode.CONFIGURATION_ERROR, Diagnostic.error("build.output-not-site",
                        SourcePosition.file(options.output().toString()),
                        "output folder exists, is not empty and was not built by ipwp; choose another --out or empty it"), null);
            }
            // JRuby starts in the background while configuration, data and the content index load
            // (unless the caller keeps an engine alive across builds).
            starter = sharedEngine == null ? AsciidoctorStarter.start() : null;
            AsciidoctorStarter asciidoctor = starter;
            Inputs inputs = timed("load", this::load);
            stopOnProblems();
            List<Diagnostic> loadDiagnostics = diagnostics.sorted();
            staging = publisher.createStaging();
            Path stagingFolder = staging;
            List<Page> written;
            int bodies;
            int converted;
            Path contentRoot = root.resolve("content");
            byte[] cacheFingerprint = options.cache() == null ? null : ConversionCache.fingerprint(root);
            byte[] recordInputs = cacheFingerprint == null ? null : BuildRecord.inputsOf(root, options, cacheFingerprint,
                    inputs.attachments().stream().map(AttachmentFile::path).toList());
            BuildRecord record = recordInputs == null ? null : BuildRecord.read(options.cache(), options.output());
            // The record's index is read and the output linked while JRuby starts and the pages are read.
            if (record != null && record.sameInputs(recordInputs)) {
                preparation = RecordedRebuild.Preparation.start(record, options, publisher, searchLabels(inputs.messages()));
            }
            RecordedRebuild.Preparation prepared = preparation;
            TemplateRenderer renderer = new TemplateRenderer(root.resolve("templates"), root, inputs.messages());
            if (asciidoctor != null) {
                warmUp(renderer, inputs, asciidoctor);
            }
            try (LazyConverter asciidoc = new LazyConverter(asciidoctor == null
                    ? () -> new AsciidocConverter(contentRoot, inputs.datasets(), inputs.messages(), sharedEngine.get())
                    : () -> new AsciidocConverter(contentRoot, inputs.datasets(), inputs.messages(), asciidoctor.take()))) {
                ConversionCache cache = cacheFingerprint == null ? null
                        : new ConversionCache(options.cache(), cacheFingerprint, asciidoc);
                BodyConverter converter = cache == null ? asciidoc : cache;
                // Files unchanged since a build with the same inputs are taken from its record, bodies from the cache.
                ContentFileReader.RecordedFiles recorded = cache == null ? null
                        : prepared == null ? ContentFileReader.RecordedFiles.NONE : record.recordedFiles(cache);
                bodyKeys = cache == null ? name -> null : cache::entryOf;
                written = timed("read", () -> readPages(inputs, converter, recorded, stagingFolder, workers));
                converted = asciidoc.conversions();
                bodies = converted + (cache == null ? 0 : cache.hits());
            }
            stopOnProblems();
            SiteModel model = timed("model", () -> model(inputs, written));
            stopOnProblems();
            TemplateLint.check(root.resolve("templates"), diagnostics);
            stopOnProblems();
            int afterModel = diagnostics.sorted().size() + diagnostics.dropped();
            List<BuildRecord.ContentFacts> facts = recordInputs == null ? null
                    : workers.map(contentFiles, prepared == null ? BuildRecord::factsOf : record::factsNow);
            RecordedRebuild.Outcome patch = prepared == null ? null : timed("patch", () -> new RecordedRebuild(options, diagnostics,
                    this::stopOnProblems, workers).apply(record, prepared, recordInputs, contentFiles, facts, model, renderer, publisher));
            if (patch == null && record != null) {
                patch = new RecordedRebuild.FullBuildNeeded(record.fullBuildReason(recordInputs, contentFiles, facts));
            }
            int links;
            String rendering = null;
            if (patch instanceof RecordedRebuild.Patched patched) {
                publisher.discard(staging);
                staging = patched.staging();
                links = patched.links();
                pageLinks.putAll(patched.pageLinks());
                searchIndexes.putAll(patched.search());
                prefixedBodies = patched.prefixedBodies();
                chapterSpans.putAll(patched.chapterSpans());
                rendering = "rendered " + patched.rendered() + " pages again, kept the others from the last build";
            } else {
                if (patch instanceof RecordedRebuild.FullBuildNeeded full) {
                    rendering = "rendered every page: " + full.reason();
                }
                timed("render", () -> render(model, renderer, stagingFolder, workers));
                stopOnProblems();
                timed("write", () -> write(model, renderer, stagingFolder, workers));
                stopOnProblems();
                Map<Page, SearchIndex.PreparedPage> searchable = new java.util.concurrent.ConcurrentHashMap<>();
                SearchTokenizer tokenizer = new SearchTokenizer();
                links = timed("check", () -> check(model, stagingFolder, workers, searchable));
                stopOnProblems();
                timed("search", () -> search(model, stagingFolder, searchable, tokenizer, workers));
            }
            // The record's index (tens of megabytes) is written while the output is replaced.
            long publishStart = System.nanoTime();
            boolean recordable = recordInputs != null && !pageLinks.isEmpty()
                    && diagnostics.sorted().size() + diagnostics.dropped() == afterModel;
            CompletableFuture<String> recordIndex = recordable ? writeRecordIndex() : null;
            CompletableFuture<Void> removal = publisher.publish(staging);
            staging = null;
            if (recordInputs != null) {
                recordFacts(recordIndex, recordInputs, facts);
            }
            awaitRemoval(removal);
            timings.put("publish", (System.nanoTime() - publishStart) / 1_000_000);
            List<Diagnostic> warnings = diagnostics.sorted().stream().filter(d -> d.severity() == Severity.WARNING).toList();
            // Letters, not letter pages: a letter and its translation are one letter (as `check` counts them).
            int letters = (int) model.pages().stream().filter(p -> p.kind() == PageKind.LETTER).map(Page::key).distinct().count();
            BuildReport report = new BuildReport(model.pages().size() + 2, inputs.datasets().all().size(), letters, links,
                    timings, warnings, inputs.ignored(), bodies, converted, unread, rendering);
            built = new BuiltSite(options, root, inputs.config(), inputs.messages(), inputs.datasets(), contentFiles,
                    inputs.attachments().stream().map(AttachmentFile::path).toList(), loadDiagnostics, model, renderer,
                    searchIndexes, prefixedBodies, cacheFingerprint, report);
            return report;
        } catch (IOException e) {
            throw SiteException.of(ExitCode.IO_ERROR, Diagnostic.error("io-error",
                    SourcePosition.file(options.output().toString()), e.toString()), e);
        } finally {
            if (starter != null) {
                starter.close();
            }
            if (preparation != null) {
                preparation.close();
            }
            publisher.discard(staging);
        }
    }

    // ---- phases ----------------------------------------------------------------------------

    /** Reads configuration, message bundles, datasets and the content index. */
    private Inputs load() throws IOException {
        SiteConfig config = loadConfig();
        MessagesReader messagesReader = new MessagesReader(diagnostics);
        for (Language language : Language.values()) {
            String name = "templates/i18n/messages_" + language.code() + ".properties";
            Path file = root.resolve(name);
            if (Files.isRegularFile(file)) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    messagesReader.read(language, reader, name);
                }
            }
        }
        Messages messages = messagesReader.finish();
        List<Dataset> datasets = new ArrayList<>();
        Path data = root.resolve("data");
        if (Files.isDirectory(data)) {
            List<Path> folders;
            try (Stream<Path> list = Files.list(data)) {
                folders = list.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
            }
            DatasetReader reader = new DatasetReader(diagnostics);
            for (Path folder : folders) {
                Dataset dataset = reader.read(folder, root);
                if (dataset != null) {
                    datasets.add(dataset);
                }
            }
        }
        ContentIndex index = new ContentIndex(root, diagnostics);
        List<SourceFile> files = index.scan();
        DatasetCatalog catalog = messages == null ? null : new DatasetCatalog(datasets, new QuantityFormatter(messages));
        return new Inputs(config, messages, catalog, files, index.attachments(), index.ignored());
    }

    private SiteConfig loadConfig() throws IOException {
        Path file = root.resolve("jbake.properties");
        if (!Files.isRegularFile(file)) {
            diagnostics.error("config.missing", SourcePosition.file("jbake.properties"),
                    "no jbake.properties in " + root + "; is --source the site folder?");
            return null;
        }
        SiteConfigReader reader = new SiteConfigReader(diagnostics);
        SiteConfig config;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            config = reader.read(in, "jbake.properties");
        }
        if (config != null && options.baseUrl() != null) {
            URI override = reader.parseBaseUrl(options.baseUrl(), SourcePosition.file("--base-url"));
            config = override == null ? null : config.withBaseUrl(override);
        }
        return config;
    }

    /** Validates every content file's header and converts the bodies of the pages to publish. */
    private List<Page> readPages(Inputs inputs, BodyConverter converter, ContentFileReader.RecordedFiles recorded, Path staging,
                                 PageWorkers workers) throws IOException {
        ContentFileReader reader = new ContentFileReader(root, staging, converter, options.drafts(), recorded);
        // Each file is read and converted on any core with its own diagnostics, which are then
        // reported in file order, as a sequential loop would.
        List<Page> pages = new ArrayList<>();
        List<ContentFile> files = workers.map(inputs.files(), reader::read);
        unread = reader.restored();
        for (ContentFile read : files) {
            read.diagnostics().forEach(diagnostics::report);
            contentFiles.add(read);
            if (read.page() != null) {
                pages.add(read.page());
            }
        }
        return pages;
    }

    /** Adds the generated pages and checks the site as a whole (counterparts, chapter order, letters). */
    private SiteModel model(Inputs inputs, List<Page> written) {
        List<Page> pages = new ArrayList<>(written);
        Map<String, Page> byLanguageKey = new TreeMap<>();
        written.forEach(p -> byLanguageKey.put(p.language().code() + ":" + p.key(), p));
        for (Language language : Language.values()) {
            if (!byLanguageKey.containsKey(language.code() + ":") && !byLanguageKey.containsKey(language.other().code() + ":")) {
                diagnostics.error("content.missing-home", SourcePosition.file("content/" + language.code() + "/index.adoc"),
                        "the site needs a home page: content/" + language.code() + "/index.adoc with type=home");
            }
        }
        rules.checkChapters(written);
        rules.checkLetters(written);
        OpenDataPublishing openData = new OpenDataPublishing(inputs.datasets(), diagnostics);
        openData.checkSources(written);
        for (Page page : written) {
            Language other = page.language().other();
            Page counterpart = byLanguageKey.get(other.code() + ":" + page.key());
            if (counterpart == null) {
                String missing = "content/" + other.code() + page.sourceName().substring("content/xx".length());
                diagnostics.warning("i18n.missing-counterpart", SourcePosition.file(page.sourceName()),
                        "has no " + missing + "; readers of that language see a page linking to this one");
                pages.add(new Page(page.key(), other, PageKind.OTHER_LANGUAGE_ONLY, null, page.title(), page.description(),
                        page.date(), page.order(), false, null, null));
            } else if (page.language() == Language.ZH) {
                rules.compareSections(page, counterpart);
            }
        }
        Messages messages = inputs.messages();
        for (Language language : Language.values()) {
            String dateSource = written.stream().map(Page::date).max(java.time.LocalDate::compareTo).map(Object::toString).orElse("2020-01-01");
            java.time.LocalDate siteDate = java.time.LocalDate.parse(dateSource);
            pages.add(new Page("letters", language, PageKind.LETTER_ARCHIVE, null, messages.get(language, "letters.title"),
                    messages.get(language, "letters.description"), siteDate, 0, false, null, null));
            java.util.SortedSet<Integer> years = new java.util.TreeSet<>();
            written.stream().filter(p -> p.kind() == PageKind.LETTER).forEach(p -> years.add(p.date().getYear()));
            for (int year : years) {
                pages.add(new Page("letters/" + year, language, PageKind.LETTER_YEAR, null,
                        messages.get(language, "letters.year.title", String.valueOf(year)),
                        messages.get(language, "letters.year.description", String.valueOf(year)), siteDate, year, false, null, null));
            }
            pages.add(new Page("search", language, PageKind.SEARCH, null, messages.get(language, "search.title"),
                    messages.get(language, "search.description"), siteDate, 0, false, null, null));
            pages.add(new Page("whitepaper/all", language, PageKind.WHITEPAPER_ALL, null,
                    messages.get(language, "whitepaper.all.title"), messages.get(language, "whitepaper.all.description"),
                    siteDate, 0, false, null, null));
        }
        String newest = written.stream().map(Page::date).max(java.time.LocalDate::compareTo).map(Object::toString).orElse("2020-01-01");
        pages.addAll(openData.pages(messages, java.time.LocalDate.parse(newest)));
        return new SiteModel(inputs.config(), messages, inputs.datasets(), pages, openData.downloads(inputs.config()),
                rules.checkAttachments(written, inputs.attachments()));
    }

    /** Renders every page into the staging folder. */
    private Void render(SiteModel model, TemplateRenderer renderer, Path staging, PageWorkers workers) throws IOException {
        PageRenderer pages = new PageRenderer(model, prefixedBodies, renderer);
        // Each chapter's ids are prefixed for the single-page white paper a chapter per task, and the
        // single-page white papers (the longest pages by far) start first, so that no worker is
        // left with one of them while the others are done.
        workers.map(model.pages().stream().filter(p -> p.kind() == PageKind.CHAPTER).toList(), prefixedBodies::of);
        List<Page> longestFirst = java.util.stream.Stream.concat(
                model.pages().stream().filter(p -> p.kind() == PageKind.WHITEPAPER_ALL),
                model.pages().stream().filter(p -> p.kind() != PageKind.WHITEPAPER_ALL)).toList();
        workers.map(longestFirst, page -> {
            PageRenderer.Rendered rendered = pages.render(page, diagnostics);
            if (rendered != null) {
                Path file = staging.resolve(page.url()).resolve("index.html");
                writeFile(file, rendered.html());
                if (!rendered.chapterSpans().isEmpty()) {
                    chapterSpans.put(RecordedRebuild.relative(staging, file), rendered.chapterSpans());
                }
            }
            return page;
        });
        return null;
    }

    /** Writes what is not a page: the language entry, 404, assets, sitemap and robots.txt. */
    private Void write(SiteModel model, TemplateRenderer renderer, Path staging, PageWorkers workers) throws IOException {
        PageViews views = new PageViews(model);
        Map<String, Object> entry = views.siteVariables(Language.ZH, LinkResolver.relativeFrom("", Language.ZH));
        String index = renderer.render("root", Language.ZH, entry, diagnostics);
        if (index != null) {
            writeFile(staging.resolve("index.html"), index);
        }
        Map<String, Object> notFound = views.siteVariables(Language.ZH,
                LinkResolver.rootRelative(model.config().basePath(), Language.ZH));
        String notFoundHtml = renderer.render("404", Language.ZH, notFound, diagnostics);
        if (notFoundHtml != null) {
            writeFile(staging.resolve("404.html"), notFoundHtml);
        }
        copyAssets(staging);
        new OpenDataPublishing(model.datasets(), diagnostics).write(model, staging);
        for (AttachmentFile attachment : model.attachments()) {
            Path target = staging.resolve(Page.urlOf(attachment.language(), attachment.letterKey())).resolve(attachment.fileName());
            Files.createDirectories(target.getParent());
            Files.copy(attachment.path(), target);
        }
        LetterFeedWriter feeds = new LetterFeedWriter(model);
        for (Language language : Language.values()) {
            writeFile(staging.resolve(LetterFeedWriter.path(language)), feeds.xml(language));
        }
        writeFile(staging.resolve("sitemap.xml"), new SitemapWriter(model).xml());
        writeFile(staging.resolve("robots.txt"), "User-agent: *\nAllow: /\n\nSitemap: " + model.config().baseUrl() + "sitemap.xml\n");
        return null;
    }

    /**
     * Checks links, anchors and third-party loads in the staged output; the indexed pages are split
     * into search documents from the checker's parse, on the same workers ({@link #search}).
     */
    private int check(SiteModel model, Path staging, PageWorkers workers, Map<Page, SearchIndex.PreparedPage> prepared)
            throws IOException {
        SearchPages searchPages = new SearchPages(model.messages());
        Map<Path, Page> indexed = new java.util.HashMap<>();
        Map<Language, Map<SearchPage.Kind, String>> labels = searchLabels(model.messages());
        for (Language language : Language.values()) {
            searchPages.indexed(model, language).forEach(page -> indexed.put(staging.resolve(page.url()).resolve("index.html"), page));
        }
        LinkChecker checker = new LinkChecker(staging, model.config().baseUrl(), diagnostics);
        int links = checker.checkAll(workers, indexed::containsKey, (file, document) -> {
            Page page = indexed.get(file);
            if (page != null) {
                prepared.put(page, SearchIndex.prepare(searchPages.of(page, null), document, labels.get(page.language())));
            }
        });
        checker.linksByPage().forEach((file, count) -> pageLinks.put(RecordedRebuild.relative(staging, file),
                new BuildRecord.PageLinks(checker.idsOf(file).stream().sorted().toList(), count)));
        return links;
    }

    /**
     * Renders the 404 page once on a thread of its own as soon as JRuby is ready, and forgets it.
     * Thymeleaf's first page costs a tenth of a second (the engine, the layout's fragments, the
     * expression classes). A cached rebuild renders its few pages right after the one conversion
     * it waits for, while a core is idle: the cost is paid there instead of after it. (Before
     * JRuby is ready both cores are busy starting it; work added there only delays it.) A
     * template error is reported by the real rendering, not here.
     */
    private static void warmUp(TemplateRenderer renderer, Inputs inputs, AsciidoctorStarter asciidoctor) {
        asciidoctor.ready().thenRunAsync(() -> renderer.render("404", Language.ZH, PageViews.siteVariables(inputs.config(),
                inputs.messages(), Language.ZH, LinkResolver.rootRelative(inputs.config().basePath(), Language.ZH)),
                new Diagnostics()), new OwnThread("ipwp-templates"));
    }

    /** Waits for the replaced output to be deleted; a failure leaves a hidden folder beside the output, and is reported. */
    private static void awaitRemoval(CompletableFuture<Void> removal) throws IOException {
        try {
            removal.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof java.io.UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    /** The label of each kind of search result, by language. */
    private static Map<Language, Map<SearchPage.Kind, String>> searchLabels(Messages messages) {
        SearchPages searchPages = new SearchPages(messages);
        Map<Language, Map<SearchPage.Kind, String>> labels = new java.util.EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            labels.put(language, searchPages.labels(language));
        }
        return labels;
    }

    /**
     * Starts writing the index file of this build's record ({@link BuildRecord}) on a thread of
     * its own; the future gives the build id, or {@code null} when it could not be written.
     */
    private CompletableFuture<String> writeRecordIndex() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return BuildRecord.writeIndex(options.cache(), options.output(), searchIndexes, chapterSpans);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }, new OwnThread("ipwp-record-write"));
    }

    /**
     * Completes this build's record once the output is published, or forgets the last record when
     * this build cannot be the base of a patch ({@code index} is {@code null}: it reported problems
     * after reading, which a patch would not report again for the pages it keeps). The cache only
     * saves time: a record that cannot be written is not an error.
     */
    private void recordFacts(CompletableFuture<String> index, byte[] recordInputs, List<BuildRecord.ContentFacts> facts) {
        try {
            if (index == null) {
                BuildRecord.forget(options.cache(), options.output());
            } else {
                BuildRecord.writeFacts(options.cache(), options.output(), index, recordInputs, contentFiles, facts, pageLinks,
                        bodyKeys);
            }
        } catch (IOException | RuntimeException e) {
            try {
                BuildRecord.forget(options.cache(), options.output());
            } catch (IOException ignored) {
                // The next build finds a record whose output does not match, and builds in full.
            }
        }
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** Writes {@code <lang>/search/}: the index of the rendered chapters, letters, datasets and pages, as {@link #check} prepared them. */
    private Void search(SiteModel model, Path staging, Map<Page, SearchIndex.PreparedPage> prepared, SearchTokenizer tokenizer,
                        PageWorkers workers) throws IOException {
        SearchPages searchPages = new SearchPages(model.messages());
        List<SearchIndex> indexes = workers.map(List.of(Language.values()), language -> {
            List<SearchIndex.PreparedPage> pages = searchPages.indexed(model, language).stream()
                    .map(prepared::get).filter(java.util.Objects::nonNull).toList();
            SearchIndex index = SearchIndex.of(pages, searchPages.labels(language), tokenizer);
            SearchIndexWriter.write(index, staging.resolve(language.code()).resolve("search"));
            return index;
        });
        for (Language language : Language.values()) {
            searchIndexes.put(language, indexes.get(language.ordinal()));
        }
        return null;
    }

    private void copyAssets(Path staging) throws IOException {
        Path assets = root.resolve("assets");
        if (!Files.isDirectory(assets)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(assets)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            Path relative = assets.relativize(file);
            boolean hidden = false;
            for (Path part : relative) {
                hidden |= part.toString().startsWith(".");
            }
            if (hidden) {
                continue;
            }
            Path target = staging.resolve("assets").resolve(relative.toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
        }
    }

    private static void writeFile(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private void stopOnProblems() {
        if (diagnostics.failsBuild(options.strict())) {
            List<Diagnostic> all = new ArrayList<>(diagnostics.sorted());
            if (diagnostics.dropped() > 0) {
                all.add(Diagnostic.error("too-many-problems", SourcePosition.file("."),
                        diagnostics.dropped() + " more problems not shown (at most " + Diagnostics.MAX_PER_FILE + " per file)"));
            }
            boolean configuration = all.stream().filter(d -> d.severity() == Severity.ERROR)
                    .allMatch(d -> d.code().startsWith("config."));
            boolean anyError = all.stream().anyMatch(d -> d.severity() == Severity.ERROR);
            throw new SiteException(anyError && configuration ? ExitCode.CONFIGURATION_ERROR : ExitCode.CONTENT_ERROR, all);
        }
    }

    /** A phase body that may throw I/O errors. */
    @FunctionalInterface
    private interface Phase<T> {
        T run() throws IOException;
    }

    private <T> T timed(String name, Phase<T> phase) throws IOException {
        long start = System.nanoTime();
        try {
            return phase.run();
        } finally {
            timings.put(name, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /**
     * What the preview keeps of this build to apply later edits incrementally, or {@code null}
     * before {@link #build} succeeded.
     */
    public BuiltSite built() {
        return built;
    }

    /** Diagnostics so far (warnings of a successful build, for the report). */
    public List<Diagnostic> diagnostics() {
        return diagnostics.sorted();
    }
}
