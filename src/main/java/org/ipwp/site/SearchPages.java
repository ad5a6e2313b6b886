package org.ipwp.site;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ipwp.i18n.Language;
import org.ipwp.i18n.Messages;
import org.ipwp.letters.ReplyLetter;
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
}
