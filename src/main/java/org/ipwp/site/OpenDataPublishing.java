package org.ipwp.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ipwp.config.SiteConfig;
import org.ipwp.data.Dataset;
import org.ipwp.data.DatasetCatalog;
import org.ipwp.data.DatasetRow;
import org.ipwp.data.DatasetSource;
import org.ipwp.dataview.ReaderColumns;
import org.ipwp.diag.Diagnostics;
import org.ipwp.diag.SourcePosition;
import org.ipwp.i18n.Language;
import org.ipwp.i18n.Messages;
import org.ipwp.opendata.DatasetDownloads;
import org.ipwp.opendata.DcatCatalog;
import org.ipwp.opendata.DownloadFile;
import org.ipwp.opendata.PublishedLayout;

/**
 * The open-data part of the build: the catalogue and dataset pages of each language, the check
 * that every row's {@code paragraph} names a paragraph of the archived letter it cites, and the
 * download files with the DCAT catalogue.
 */
final class OpenDataPublishing {

    private final DatasetCatalog datasets;
    private final Diagnostics diagnostics;

    OpenDataPublishing(DatasetCatalog datasets, Diagnostics diagnostics) {
        this.datasets = datasets;
        this.diagnostics = diagnostics;
    }

    /** The generated pages: {@code <lang>/data/} and {@code <lang>/data/<id>/}. */
    List<Page> pages(Messages messages, LocalDate siteDate) {
        List<Page> pages = new ArrayList<>();
        for (Language language : Language.values()) {
            LocalDate newest = datasets.all().stream().map(Dataset::updated).max(LocalDate::compareTo).orElse(siteDate);
            pages.add(new Page("data", language, PageKind.DATA_CATALOG, null, messages.get(language, "data.title"),
                    messages.get(language, "data.description"), newest, 0, false, null, null));
            for (Dataset dataset : datasets.all()) {
                pages.add(new Page("data/" + dataset.id(), language, PageKind.DATASET, null, dataset.title().get(language),
                        dataset.description().get(language), dataset.updated(), 0, false, null, null));
            }
        }
        return pages;
    }

    /**
     * Checks each dataset's letter sources against the archive and each {@code paragraph} cell
     * against the anchors of that letter, so that every row traces to a paragraph that exists.
     */
    void checkSources(List<Page> written) {
        for (Dataset dataset : datasets.all()) {
            String descriptor = dataset.csvPath().substring(0, dataset.csvPath().lastIndexOf('/') + 1) + "datapackage.json";
            List<String> letters = dataset.sources().stream().map(DatasetSource::letter).filter(l -> !l.isEmpty()).toList();
            for (String letter : letters) {
                if (letterPage(written, letter).isEmpty()) {
                    diagnostics.error("data.source-letter", SourcePosition.file(descriptor), "source letter '" + letter
                            + "' is not in the archive; add content/zh/letters/" + letter + ".adoc or correct the reference");
                }
            }
            int paragraph = ReaderColumns.of(dataset).paragraph();
            if (paragraph < 0 || letters.isEmpty()) {
                continue;
            }
            Optional<Page> letter = letterPage(written, letters.get(0));
            if (letter.isEmpty() || letter.get().body() == null) {
                continue;
            }
            List<String> anchors = letter.get().body().anchors();
            for (DatasetRow row : dataset.rows()) {
                String anchor = row.cells().get(paragraph);
                if (!anchor.isEmpty() && !anchors.contains(anchor)) {
                    diagnostics.error("data.paragraph-unknown", new SourcePosition(dataset.csvPath(), row.line(), paragraph + 1),
                            "paragraph '" + anchor + "' is not an anchor of " + letter.get().sourceName()
                                    + "; use the paragraph's anchor (p1, p2, ... in reading order) or its [#id]");
                }
            }
        }
    }

    private static Optional<Page> letterPage(List<Page> written, String letter) {
        return written.stream().filter(p -> p.kind() == PageKind.LETTER && p.language() == Language.ZH
                && p.key().equals("letters/" + letter)).findFirst();
    }

    /** The download files of every dataset, by id (computed once; pages show their sizes and hashes). */
    Map<String, List<DownloadFile>> downloads(SiteConfig config) {
        Map<String, List<DownloadFile>> files = new TreeMap<>();
        DatasetDownloads downloads = new DatasetDownloads();
        for (Dataset dataset : datasets.all()) {
            files.put(dataset.id(), downloads.of(dataset, config.baseUrl()));
        }
        return files;
    }

    /** Writes the downloads and the DCAT catalogue into the staging folder. */
    void write(SiteModel model, Path staging) throws IOException {
        for (Map.Entry<String, List<DownloadFile>> entry : new TreeMap<>(model.downloads()).entrySet()) {
            for (DownloadFile file : entry.getValue()) {
                Path target = staging.resolve(PublishedLayout.downloadPath(entry.getKey(), file.name()));
                Files.createDirectories(target.getParent());
                Files.write(target, file.bytes());
            }
        }
        DownloadFile catalog = new DcatCatalog().write(datasets.all(), model.downloads(), model.config());
        Path target = staging.resolve(PublishedLayout.CATALOG_PATH);
        Files.createDirectories(target.getParent());
        Files.write(target, catalog.bytes());
    }
}
