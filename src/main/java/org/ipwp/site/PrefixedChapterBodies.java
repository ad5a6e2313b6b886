package org.ipwp.site;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.ipwp.store.StoredText;
import org.ipwp.store.TreeDigest;

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

    /**
     * Writes the prefixed bodies of {@code chapters} (those computed so far), each with its prefix
     * and the digest of the body it came from, for the next build to {@link #readFrom}.
     *
     * @param bodyDigests {@link TreeDigest#ofText} of each chapter's body, by source name
     */
    void writeTo(DataOutputStream out, Collection<Page> chapters, Map<String, String> bodyDigests) throws IOException {
        List<Page> known = chapters.stream().filter(c -> prefixed.containsKey(new Key(prefixOf(c), c.body().html()))).toList();
        out.writeInt(known.size());
        for (Page chapter : known) {
            StoredText.write(out, prefixOf(chapter));
            StoredText.write(out, bodyDigests.get(chapter.sourceName()));
            StoredText.write(out, prefixed.get(new Key(prefixOf(chapter), chapter.body().html())));
        }
    }

    /**
     * Reads what {@link #writeTo} wrote: each prefixed body by {@link #storedKey} of the chapter
     * it belongs to.
     */
    static Map<String, String> readFrom(DataInputStream in) throws IOException {
        Map<String, String> stored = new HashMap<>();
        for (int i = StoredText.readCount(in); i > 0; i--) {
            String prefix = StoredText.read(in);
            String digest = StoredText.read(in);
            stored.put(prefix + " " + digest, StoredText.read(in));
        }
        return stored;
    }

    /**
     * The prefixed bodies of {@code stored} ({@link #readFrom}) whose chapter is in {@code chapters}
     * unchanged.
     *
     * @param bodyDigests {@link TreeDigest#ofText} of each chapter's body, by source name
     */
    static PrefixedChapterBodies restore(Map<String, String> stored, Collection<Page> chapters, Map<String, String> bodyDigests) {
        PrefixedChapterBodies bodies = new PrefixedChapterBodies();
        for (Page chapter : chapters) {
            String body = stored.get(prefixOf(chapter) + " " + bodyDigests.get(chapter.sourceName()));
            if (body != null) {
                bodies.prefixed.put(new Key(prefixOf(chapter), chapter.body().html()), body);
            }
        }
        return bodies;
    }
}
