package org.ipwp.site;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The chapter bodies of the single-page white paper ({@code whitepaper/all}), with every id
 * prefixed so that they stay unique on one page, remembered by body and prefix.
 *
 * <p>Prefixing parses each chapter; on a thousand-page site that is most of the time the
 * single-page view takes to render. The preview keeps one instance across rebuilds, so that
 * after an edit only the edited chapter is parsed again; {@link #retainOnly} drops the bodies
 * that are no longer in the site.
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
                key -> prefixIds(key.html(), key.prefix()));
    }

    /** Forgets every body except those of {@code chapters}. */
    void retainOnly(Collection<Page> chapters) {
        Set<Key> keep = chapters.stream().map(p -> new Key(prefixOf(p), p.body().html())).collect(Collectors.toSet());
        prefixed.keySet().retainAll(keep);
    }

    /**
     * Makes a chapter's ids unique inside the single-page view by prefixing them, and rewrites the
     * chapter's own {@code #fragment} links and {@code aria-labelledby} references to match.
     */
    private static String prefixIds(String html, String prefix) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        for (Element element : document.select("[id]")) {
            element.attr("id", prefix + element.id());
        }
        for (Element anchor : document.select("a[href^=#]")) {
            anchor.attr("href", "#" + prefix + anchor.attr("href").substring(1));
        }
        // Charts name their <title> and <desc> by id.
        for (Element labelled : document.select("[aria-labelledby]")) {
            labelled.attr("aria-labelledby", String.join(" ", Arrays.stream(labelled.attr("aria-labelledby")
                    .split("\\s+")).map(id -> prefix + id).toList()));
        }
        return document.body().html();
    }
}
