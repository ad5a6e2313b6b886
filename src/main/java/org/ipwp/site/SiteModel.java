package org.ipwp.site;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ipwp.config.SiteConfig;
import org.ipwp.data.DatasetCatalog;
import org.ipwp.i18n.Language;
import org.ipwp.i18n.Messages;
import org.ipwp.opendata.DownloadFile;

/**
 * The immutable model of the whole site, assembled once before rendering: every page of both
 * languages (written and generated), the datasets and their download files (by dataset id), the
 * letters' published attachments, the
 * configuration and the messages.
 * Navigation (previous/next, contents, archive) is computed from it once, not per page.
 */
public record SiteModel(SiteConfig config, Messages messages, DatasetCatalog datasets, List<Page> pages,
                        Map<String, List<DownloadFile>> downloads, List<AttachmentFile> attachments) {

    public SiteModel {
        pages = pages.stream().sorted(Comparator.comparing(Page::url)).toList();
        downloads = Map.copyOf(downloads);
        attachments = List.copyOf(attachments);
    }

    /** The page with {@code key} in {@code language}, if any. */
    public Optional<Page> page(Language language, String key) {
        return pages.stream().filter(p -> p.language() == language && p.key().equals(key)).findFirst();
    }

    /** Index of pages by URL, sorted. */
    public Map<String, Page> byUrl() {
        Map<String, Page> map = new TreeMap<>();
        pages.forEach(p -> map.put(p.url(), p));
        return map;
    }

    /** The chapters of {@code language} in order. */
    public List<Page> chapters(Language language) {
        return pages.stream().filter(p -> p.language() == language && p.kind() == PageKind.CHAPTER)
                .sorted(Comparator.comparingInt(Page::order)).toList();
    }

    /** The letters of {@code language}, newest first (date, then document number descending). */
    public List<Page> letters(Language language) {
        return pages.stream().filter(p -> p.language() == language && p.kind() == PageKind.LETTER)
                .sorted(Comparator.comparing(Page::date).thenComparing(p -> p.letter().documentNumber().serial())
                        .thenComparing(Page::key).reversed())
                .toList();
    }
}
