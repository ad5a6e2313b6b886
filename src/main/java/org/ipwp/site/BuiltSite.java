package org.ipwp.site;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipwp.config.SiteConfig;
import org.ipwp.data.DatasetCatalog;
import org.ipwp.diag.Diagnostic;
import org.ipwp.i18n.Language;
import org.ipwp.i18n.Messages;
import org.ipwp.search.SearchIndex;

/**
 * What the preview keeps of the last good build, so that an edit of one page can be applied
 * without building everything again ({@link IncrementalRebuild}): the inputs that only a full
 * build reads (configuration, messages, datasets, the template renderer), every content file as
 * read with its own diagnostics, the site model, and the in-memory search indexes and prefixed
 * chapter bodies that the served files were made from.
 *
 * <p>Everything is immutable except the search indexes and the prefixed bodies, which
 * {@link IncrementalRebuild} updates in place once an incremental rebuild has passed its checks.
 */
public final class BuiltSite {

    private final BuildOptions options;
    private final Path root;
    private final SiteConfig config;
    private final Messages messages;
    private final DatasetCatalog datasets;
    private final Map<Path, ContentFile> files;
    private final List<Path> attachments;
    private final List<Diagnostic> loadDiagnostics;
    private final SiteModel model;
    private final TemplateRenderer renderer;
    private final Map<Language, SearchIndex> search;
    private final PrefixedChapterBodies prefixedBodies;
    private final byte[] cacheFingerprint;
    private final BuildReport report;

    /**
     * @param files            every content file, in the build's order
     * @param attachments      every file found in the letters' attachment folders, published or not
     * @param loadDiagnostics  what loading the configuration, messages and data reported
     * @param cacheFingerprint the conversion cache fingerprint of this build, {@code null} without a cache
     */
    BuiltSite(BuildOptions options, Path root, SiteConfig config, Messages messages, DatasetCatalog datasets,
              List<ContentFile> files, List<Path> attachments, List<Diagnostic> loadDiagnostics, SiteModel model, TemplateRenderer renderer,
              Map<Language, SearchIndex> search, PrefixedChapterBodies prefixedBodies, byte[] cacheFingerprint,
              BuildReport report) {
        this.options = options;
        this.root = root;
        this.config = config;
        this.messages = messages;
        this.datasets = datasets;
        Map<Path, ContentFile> byPath = new LinkedHashMap<>();
        files.forEach(f -> byPath.put(f.source().path().toAbsolutePath().normalize(), f));
        this.files = java.util.Collections.unmodifiableMap(byPath);
        this.attachments = attachments.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.loadDiagnostics = List.copyOf(loadDiagnostics);
        this.model = model;
        this.renderer = renderer;
        this.search = new EnumMap<>(Language.class);
        this.search.putAll(search);
        this.prefixedBodies = prefixedBodies;
        this.cacheFingerprint = cacheFingerprint == null ? null : cacheFingerprint.clone();
        this.report = report;
    }

    /** The same site after an incremental rebuild: new content files, model and report. */
    BuiltSite with(List<ContentFile> newFiles, SiteModel newModel, BuildReport newReport) {
        return new BuiltSite(options, root, config, messages, datasets, newFiles, attachments, loadDiagnostics, newModel, renderer,
                search, prefixedBodies, cacheFingerprint, newReport);
    }

    /** The report of the build (or incremental rebuild) that produced this state. */
    public BuildReport report() {
        return report;
    }

    BuildOptions options() {
        return options;
    }

    Path root() {
        return root;
    }

    SiteConfig config() {
        return config;
    }

    Messages messages() {
        return messages;
    }

    DatasetCatalog datasets() {
        return datasets;
    }

    /** Every content file by absolute path, in the build's order. */
    Map<Path, ContentFile> files() {
        return files;
    }

    /** Every attachment file found, by absolute path. */
    List<Path> attachments() {
        return attachments;
    }

    List<Diagnostic> loadDiagnostics() {
        return loadDiagnostics;
    }

    SiteModel model() {
        return model;
    }

    TemplateRenderer renderer() {
        return renderer;
    }

    Map<Language, SearchIndex> search() {
        return search;
    }

    PrefixedChapterBodies prefixedBodies() {
        return prefixedBodies;
    }

    byte[] cacheFingerprint() {
        return cacheFingerprint == null ? null : cacheFingerprint.clone();
    }
}
