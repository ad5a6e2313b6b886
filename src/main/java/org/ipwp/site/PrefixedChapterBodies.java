package org.ipwp.site;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The chapter bodies of the single-page white paper ({@code whitepaper/all}), with every id
 * prefixed so that they stay unique on one page, remembered by body and prefix.
 *
 * <p>Prefixing reads every tag of each chapter ({@link ChapterIdPrefixer}); on a thousand-page
 * site that is much of the time the single-page view takes to render. The preview keeps one
 * instance across rebuilds, so that after an edit only the edited chapter is prefixed again;
 * {@link #retainOnly} drops the bodies that are no longer in the site.
 */
final class PrefixedChapterBodies {

    private record Key(String prefix, String html) {
    }

    private final Map<Key, String> prefixed = new ConcurrentHashMap<>();

    /** The prefix of a chapter's ids in the single-page view. */
    static String prefixOf(Page chapter) {
        return "c" + chapter.order() + "-";
    }

    /** {@code chapter}'s body with its ids prefixed. */
    String of(Page chapter) {
        return prefixed.computeIfAbsent(new Key(prefixOf(chapter), chapter.body().html()),
                key -> ChapterIdPrefixer.prefix(key.html(), key.prefix()));
    }

    /** Forgets every body except those of {@code chapters}. */
    void retainOnly(Collection<Page> chapters) {
        Set<Key> keep = chapters.stream().map(p -> new Key(prefixOf(p), p.body().html())).collect(Collectors.toSet());
        prefixed.keySet().retainAll(keep);
    }
}
