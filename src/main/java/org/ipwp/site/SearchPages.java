package org.ipwp.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ipwp.i18n.Language;
import org.ipwp.i18n.Messages;
import org.ipwp.letters.ReplyLetter;
import org.ipwp.search.SearchIndex;
import org.ipwp.search.SearchPage;

/**
 * What the search index of a language gets from the site: which pages are indexed, in which
 * order, under which kind, with which extra text and keywords. Used by the build for the whole
 * index and by the preview for the one page it re-rendered.
 */
final class SearchPages {

    private final Messages messages;

    SearchPages(Messages messages) {
        this.messages = messages;
    }

    /** The result label of each kind, in {@code language}. */
    Map<SearchPage.Kind, String> labels(Language language) {
        Map<SearchPage.Kind, String> labels = new EnumMap<>(SearchPage.Kind.class);
        for (SearchPage.Kind kind : SearchPage.Kind.values()) {
            labels.put(kind, messages.get(language, "search.kind." + kind.name().toLowerCase(Locale.ROOT)));
        }
        return labels;
    }

    /** The pages of {@code language} in index order (by key); generated lists and views are not indexed. */
    List<Page> indexed(SiteModel model, Language language) {
        return model.pages().stream().filter(p -> p.language() == language && kind(p).isPresent())
                .sorted(java.util.Comparator.comparing(Page::key)).toList();
    }

    /** How {@code page} is indexed, or empty when it is not. */
    Optional<SearchPage.Kind> kind(Page page) {
        return Optional.ofNullable(switch (page.kind()) {
            case CHAPTER -> SearchPage.Kind.CHAPTER;
            case LETTER -> SearchPage.Kind.LETTER;
            case DATASET -> SearchPage.Kind.DATASET;
            case HOME, PAGE, CONTENTS -> SearchPage.Kind.PAGE;
            default -> null;
        });
    }

    /** {@code page}, rendered as {@code html}, as the index reads it. */
    SearchPage of(Page page, String html) {
        List<String> metadata = new ArrayList<>();
        List<String> keywords = new ArrayList<>();
        ReplyLetter letter = page.letter();
        if (letter != null) {
            metadata.add(letter.documentNumber().toString());
            metadata.add(letter.proposalNumber());
            metadata.add(letter.deputy());
            metadata.add(letter.session());
            metadata.add(letter.proposalTitle());
            metadata.add(letter.office());
            keywords.add(letter.documentNumber().toString());
            keywords.add(letter.proposalNumber());
        }
        String url = page.key().isEmpty() ? "../" : "../" + page.key() + "/";
        return new SearchPage(kind(page).orElseThrow(), url, page.title(), html, metadata, keywords);
    }

    /**
     * Replaces the {@code rendered} pages (HTML by page) in their language's index and adds the
     * index files that changed to {@code patch} (for the site published at {@code siteRoot}).
     * Returns the source of a page that now splits into a different number of results (the index
     * cannot take it in place; build the index again), else {@code null}.
     */
    String replace(Map<Language, SearchIndex> indexes, Map<Page, String> rendered, Path siteRoot, OutputPatch patch) {
        for (Map.Entry<Page, String> page : rendered.entrySet()) {
            if (kind(page.getKey()).isEmpty()) {
                continue;
            }
            Language language = page.getKey().language();
            Optional<SearchIndex.Changes> changes = indexes.get(language).replace(of(page.getKey(), page.getValue()));
            if (changes.isEmpty()) {
                return page.getKey().sourceName();
            }
            Path folder = siteRoot.resolve(language.code()).resolve("search");
            changes.get().written().forEach((name, bytes) -> patch.put(folder.resolve(name), bytes));
            changes.get().deleted().forEach(name -> patch.delete(folder.resolve(name)));
        }
        return null;
    }
}
