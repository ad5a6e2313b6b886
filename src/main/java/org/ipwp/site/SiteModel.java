package org.ipwp.site;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ipwp.config.SiteConfig;
import org.ipwp.data.DatasetCatalog;
import org.ipwp.i18n.Language;
import org.ipwp.i18n.Messages;
import org.ipwp.opendata.DownloadFile;

/**
 * The immutable model of the whole site, assembled once before rendering: every page of both
 * languages (written and generated), the datasets and their download files (by dataset id), the
 * letters' published attachments, the configuration and the messages.
 * Navigation (previous/next, contents, archive) is computed from it once, not per page: the
 * lookups below are indexed when the model is made, because at thousands of pages a scan per page
 * made rendering quadratic.
 */
public final class SiteModel {

    private final SiteConfig config;
    private final Messages messages;
    private final DatasetCatalog datasets;
    private final List<Page> pages;
    private final Map<String, List<DownloadFile>> downloads;
    private final List<AttachmentFile> attachments;
    private final Map<String, Page> byLanguageKey = new HashMap<>();
    private final Map<Language, List<Page>> chapters = new EnumMap<>(Language.class);
    private final Map<Language, List<Page>> letters = new EnumMap<>(Language.class);
    private final Map<Page, Integer> positions = new IdentityHashMap<>();

    public SiteModel(SiteConfig config, Messages messages, DatasetCatalog datasets, List<Page> pages,
                     Map<String, List<DownloadFile>> downloads, List<AttachmentFile> attachments) {
        this.config = config;
        this.messages = messages;
        this.datasets = datasets;
        this.pages = pages.stream().sorted(Comparator.comparing(Page::url)).toList();
        this.downloads = Map.copyOf(downloads);
        this.attachments = List.copyOf(attachments);
        for (Page page : this.pages) {
            byLanguageKey.putIfAbsent(page.language().code() + ":" + page.key(), page);
        }
        for (Language language : Language.values()) {
            List<Page> inOrder = this.pages.stream().filter(p -> p.language() == language && p.kind() == PageKind.CHAPTER)
                    .sorted(Comparator.comparingInt(Page::order)).toList();
            chapters.put(language, inOrder);
            List<Page> newestFirst = this.pages.stream().filter(p -> p.language() == language && p.kind() == PageKind.LETTER)
                    .sorted(Comparator.comparing(Page::date).thenComparing(p -> p.letter().documentNumber().serial())
                            .thenComparing(Page::key).reversed())
                    .toList();
            letters.put(language, newestFirst);
            for (int i = 0; i < inOrder.size(); i++) {
                positions.put(inOrder.get(i), i);
            }
            for (int i = 0; i < newestFirst.size(); i++) {
                positions.put(newestFirst.get(i), i);
            }
        }
    }

    public SiteConfig config() {
        return config;
    }

    public Messages messages() {
        return messages;
    }

    public DatasetCatalog datasets() {
        return datasets;
    }

    /** Every page, sorted by URL. */
    public List<Page> pages() {
        return pages;
    }

    /** The download files of each dataset, by dataset id. */
    public Map<String, List<DownloadFile>> downloads() {
        return downloads;
    }

    public List<AttachmentFile> attachments() {
        return attachments;
    }

    /** The page with {@code key} in {@code language}, if any. */
    public Optional<Page> page(Language language, String key) {
        return Optional.ofNullable(byLanguageKey.get(language.code() + ":" + key));
    }

    /** The chapters of {@code language} in order. */
    public List<Page> chapters(Language language) {
        return chapters.get(language);
    }

    /** The letters of {@code language}, newest first (date, then document number descending). */
    public List<Page> letters(Language language) {
        return letters.get(language);
    }

    /**
     * Where this very page (not an equal one) stands in {@link #chapters} or {@link #letters} of
     * its language; -1 for other pages.
     */
    public int position(Page page) {
        return positions.getOrDefault(page, -1);
    }
}
