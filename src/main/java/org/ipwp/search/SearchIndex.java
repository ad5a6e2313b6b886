package org.ipwp.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ipwp.store.StoredText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One language's search index in memory: the documents, the postings of every term, and the JSON
 * of every file {@link SearchIndexWriter} writes ({@code manifest.json}, term shards {@code t-<n>.json},
 * document chunks {@code d-<n>.json}; the format is described there).
 *
 * <p>The preview replaces one page at a time ({@link #replace}): only the documents of that page
 * are split and tokenised again, only the terms whose postings changed are serialised again, and
 * only the files holding them are returned. The full build and the replacement share every line
 * that produces bytes, so an index after any sequence of replacements holds exactly the files an
 * index built from the final pages holds (tested in {@code SearchIndexReplaceTest}).
 */
public final class SearchIndex {

    /** Words of a title count this many times a word of the text. */
    static final int TITLE_WEIGHT = 5;
    /** A keyword hit (document number) counts this much. */
    static final int KEYWORD_WEIGHT = 20;
    /** Documents per chunk file. */
    static final int CHUNK = 8;
    /** Target size of a term shard in bytes. */
    static final int SHARD_BYTES = 8192;
    /** Characters of a document's text stored for excerpts. */
    static final int TEXT_LIMIT = 400;
    /** Most term shards an index is split into. */
    private static final int MAX_SHARDS = 4096;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    /** One search result as stored: a chapter section, a letter paragraph, a whole page. */
    private record Doc(String title, String kind, String url, String text, String context, List<String> keywords) {
    }

    /**
     * What one document adds to the index: weight by Han term or keyword, weight by English stem,
     * and the surface words seen for each stem.
     */
    private record Terms(Map<String, Integer> direct, Map<String, Integer> stems, Map<String, Set<String>> surfaces) {
    }

    /** The files that changed after a replacement: new contents by name, and names that are gone. */
    public record Changes(Map<String, byte[]> written, Set<String> deleted) {
    }

    private final SearchTokenizer tokenizer;
    private final Map<SearchPage.Kind, String> kindLabels;
    private final List<Doc> docs = new ArrayList<>();
    /** Page URL to its documents: {first id, count}. */
    private final Map<String, int[]> pageDocs = new HashMap<>();
    private final Map<String, Postings> direct = new HashMap<>();
    private final Map<String, Postings> stems = new HashMap<>();
    /** Stem to the surface words written with its postings, each with the number of documents using it. */
    private final Map<String, Map<String, Integer>> stemWords = new HashMap<>();
    /** Surface word to its stems (normally one), with counts; the first stem in order gives the word's entry. */
    private final Map<String, TreeMap<String, Integer>> wordStems = new HashMap<>();
    /** The JSON of each term's entry, {@code {"p":[doc, weight, …],"s":"stem"}}. */
    private final Map<String, String> entries = new HashMap<>();
    /** Sum over the entries of the characters they add to the shards; decides the shard count. */
    private long entryChars;

    private SearchIndex(Map<SearchPage.Kind, String> kindLabels, SearchTokenizer tokenizer) {
        this.kindLabels = Map.copyOf(kindLabels);
        this.tokenizer = tokenizer;
    }

    /**
     * Indexes {@code pages} in the order given.
     *
     * @param kindLabels the label shown for each kind of result, in the index's language
     */
    public static SearchIndex of(List<SearchPage> pages, Map<SearchPage.Kind, String> kindLabels) {
        List<PreparedPage> prepared = new ArrayList<>();
        for (SearchPage page : pages) {
            prepared.add(prepare(page, Jsoup.parse(page.html()), kindLabels));
        }
        return of(prepared, kindLabels, new SearchTokenizer());
    }

    /**
     * One page split into its documents ({@link #prepare}), from a parse the caller shares, on any
     * thread; the documents are tokenised when the index is assembled, since their terms take
     * several times the memory of their text.
     */
    public static final class PreparedPage {

        private final String url;
        private final List<Doc> docs;

        private PreparedPage(String url, List<Doc> docs) {
            this.url = url;
            this.docs = docs;
        }
    }

    /**
     * Splits {@code page} into its documents from its parsed HTML. The parse is changed (navigation
     * is removed from a whole-page document), so it must not be read afterwards.
     */
    public static PreparedPage prepare(SearchPage page, Document html, Map<SearchPage.Kind, String> kindLabels) {
        return new PreparedPage(page.url(), split(page, html, kindLabels.getOrDefault(page.kind(), "")));
    }

    /** Indexes prepared pages in the order given; {@code tokenizer} may be shared with other indexes (it is thread-safe). */
    public static SearchIndex of(List<PreparedPage> pages, Map<SearchPage.Kind, String> kindLabels, SearchTokenizer tokenizer) {
        SearchIndex index = new SearchIndex(kindLabels, tokenizer);
        Set<String> touched = new HashSet<>();
        Terms none = new Terms(Map.of(), Map.of(), Map.of());
        for (PreparedPage page : pages) {
            if (!page.docs.isEmpty()) {
                index.pageDocs.putIfAbsent(page.url, new int[] {index.docs.size(), page.docs.size()});
            }
            for (Doc doc : page.docs) {
                int id = index.docs.size();
                index.docs.add(doc);
                index.apply(id, none, terms(doc, tokenizer), touched);
            }
        }
        touched.forEach(index::updateEntry);
        return index;
    }

    /**
     * Writes the whole index as it is in memory, for the next build to {@link #readFrom} and
     * {@link #replace} pages in without indexing every page again (see {@code site.BuildRecord}).
     */
    public void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(kindLabels.size());
        for (Map.Entry<SearchPage.Kind, String> label : new TreeMap<>(kindLabels).entrySet()) {
            StoredText.write(out, label.getKey().name());
            StoredText.write(out, label.getValue());
        }
        out.writeInt(docs.size());
        for (Doc doc : docs) {
            StoredText.write(out, doc.title());
            StoredText.write(out, doc.kind());
            StoredText.write(out, doc.url());
            StoredText.write(out, doc.text());
            StoredText.write(out, doc.context());
            out.writeInt(doc.keywords().size());
            for (String keyword : doc.keywords()) {
                StoredText.write(out, keyword);
            }
        }
        out.writeInt(pageDocs.size());
        for (Map.Entry<String, int[]> page : pageDocs.entrySet()) {
            StoredText.write(out, page.getKey());
            out.writeInt(page.getValue()[0]);
            out.writeInt(page.getValue()[1]);
        }
        writePostings(out, direct);
        writePostings(out, stems);
        writeCounts(out, stemWords);
        writeCounts(out, wordStems);
        out.writeInt(entries.size());
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            StoredText.write(out, entry.getKey());
            StoredText.write(out, entry.getValue());
        }
        out.writeLong(entryChars);
    }

    /**
     * Reads an index {@link #writeTo} wrote.
     *
     * @param kindLabels the labels the index must have (those of the current messages)
     * @return the index, or empty when it was written with other labels
     */
    public static Optional<SearchIndex> readFrom(DataInputStream in, Map<SearchPage.Kind, String> kindLabels) throws IOException {
        Map<SearchPage.Kind, String> labels = new HashMap<>();
        for (int i = StoredText.readCount(in); i > 0; i--) {
            labels.put(SearchPage.Kind.valueOf(StoredText.read(in)), StoredText.read(in));
        }
        SearchIndex index = new SearchIndex(labels, new SearchTokenizer());
        for (int i = StoredText.readCount(in); i > 0; i--) {
            String title = StoredText.read(in);
            String kind = StoredText.read(in);
            String url = StoredText.read(in);
            String text = StoredText.read(in);
            String context = StoredText.read(in);
            List<String> keywords = new ArrayList<>();
            for (int k = StoredText.readCount(in); k > 0; k--) {
                keywords.add(StoredText.read(in));
            }
            index.docs.add(new Doc(title, kind, url, text, context, List.copyOf(keywords)));
        }
        for (int i = StoredText.readCount(in); i > 0; i--) {
            index.pageDocs.put(StoredText.read(in), new int[] {in.readInt(), in.readInt()});
        }
        readPostings(in, index.direct);
        readPostings(in, index.stems);
        readCounts(in, index.stemWords, HashMap::new);
        readCounts(in, index.wordStems, TreeMap::new);
        for (int i = StoredText.readCount(in); i > 0; i--) {
            index.entries.put(StoredText.read(in), StoredText.read(in));
        }
        index.entryChars = in.readLong();
        return labels.equals(Map.copyOf(kindLabels)) ? Optional.of(index) : Optional.empty();
    }

    private static void writePostings(DataOutputStream out, Map<String, Postings> postings) throws IOException {
        out.writeInt(postings.size());
        for (Map.Entry<String, Postings> term : postings.entrySet()) {
            StoredText.write(out, term.getKey());
            Postings list = term.getValue();
            out.writeInt(list.size);
            // In one piece: the stream's writeInt writes byte by byte, each call taking a lock,
            // and there are millions of these numbers at a thousand pages.
            ByteBuffer pairs = ByteBuffer.allocate(list.size * 8);
            for (int i = 0; i < list.size; i++) {
                pairs.putInt(list.docs[i]).putInt(list.weights[i]);
            }
            out.write(pairs.array());
        }
    }

    private static void readPostings(DataInputStream in, Map<String, Postings> postings) throws IOException {
        for (int i = StoredText.readCount(in); i > 0; i--) {
            String term = StoredText.read(in);
            Postings list = new Postings();
            int size = StoredText.readCount(in);
            list.docs = new int[Math.max(4, size)];
            list.weights = new int[Math.max(4, size)];
            // In one piece, as written (readInt reads byte by byte, each call taking a lock).
            byte[] bytes = new byte[Math.multiplyExact(size, 8)];
            in.readFully(bytes);
            ByteBuffer pairs = ByteBuffer.wrap(bytes);
            for (int k = 0; k < size; k++) {
                list.docs[k] = pairs.getInt();
                list.weights[k] = pairs.getInt();
            }
            list.size = size;
            postings.put(term, list);
        }
    }

    private static void writeCounts(DataOutputStream out, Map<String, ? extends Map<String, Integer>> counts) throws IOException {
        out.writeInt(counts.size());
        for (Map.Entry<String, ? extends Map<String, Integer>> outer : counts.entrySet()) {
            StoredText.write(out, outer.getKey());
            out.writeInt(outer.getValue().size());
            for (Map.Entry<String, Integer> inner : outer.getValue().entrySet()) {
                StoredText.write(out, inner.getKey());
                out.writeInt(inner.getValue());
            }
        }
    }

    private static <M extends Map<String, Integer>> void readCounts(DataInputStream in, Map<String, M> counts,
                                                                   java.util.function.Supplier<M> newMap) throws IOException {
        for (int i = StoredText.readCount(in); i > 0; i--) {
            String outer = StoredText.read(in);
            M inner = newMap.get();
            for (int k = StoredText.readCount(in); k > 0; k--) {
                inner.put(StoredText.read(in), in.readInt());
            }
            counts.put(outer, inner);
        }
    }

    /** Documents indexed. */
    int documentCount() {
        return docs.size();
    }

    /** Distinct terms and surface words with an entry. */
    int termCount() {
        return entries.size();
    }

    /** Every file of the index by name, in name order. */
    public SortedMap<String, byte[]> files() {
        SortedMap<String, byte[]> files = new TreeMap<>();
        int shards = shardCount();
        List<SortedMap<String, String>> byShard = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            byShard.add(new TreeMap<>());
        }
        entries.forEach((term, entry) -> byShard.get(SearchTokenizer.shardOf(term, shards)).put(term, entry));
        for (int i = 0; i < shards; i++) {
            files.put(shardName(i), shard(byShard.get(i)));
        }
        for (int chunk = 0; chunk * CHUNK < docs.size(); chunk++) {
            files.put(chunkName(chunk), chunk(chunk));
        }
        files.put("manifest.json", manifest());
        return files;
    }

    /**
     * Replaces the documents of the page at {@code page.url()} by those of {@code page}.
     *
     * @return the files that changed, or empty when the page was not in the index or now splits
     *         into a different number of documents (every later document would be renumbered;
     *         build the index again instead). Nothing is changed then.
     */
    public Optional<Changes> replace(SearchPage page) {
        int[] range = pageDocs.get(page.url());
        List<Doc> split = split(page, Jsoup.parse(page.html()), kindLabels.getOrDefault(page.kind(), ""));
        if (range == null || split.size() != range[1]) {
            return Optional.empty();
        }
        int shardsBefore = shardCount();
        Set<String> touched = new HashSet<>();
        Set<Integer> chunks = new TreeSet<>();
        for (int i = 0; i < split.size(); i++) {
            int id = range[0] + i;
            Doc before = docs.get(id);
            Doc after = split.get(i);
            if (before.equals(after)) {
                continue;
            }
            apply(id, terms(before, tokenizer), terms(after, tokenizer), touched);
            docs.set(id, after);
            if (!chunkRow(before).equals(chunkRow(after))) {
                chunks.add(id / CHUNK);
            }
        }
        Map<String, String> previous = new HashMap<>();
        for (String term : touched) {
            previous.put(term, entries.get(term));
            updateEntry(term);
        }
        int shards = shardCount();
        Map<String, byte[]> written = new TreeMap<>();
        Set<String> deleted = new TreeSet<>();
        Set<Integer> shardsTouched = new TreeSet<>();
        if (shards != shardsBefore) {
            // Every term moves to another shard, and the manifest says how many there are.
            for (int i = 0; i < shards; i++) {
                shardsTouched.add(i);
            }
            for (int i = shards; i < shardsBefore; i++) {
                deleted.add(shardName(i));
            }
            written.put("manifest.json", manifest());
        } else {
            for (String term : touched) {
                if (!Objects.equals(previous.get(term), entries.get(term))) {
                    shardsTouched.add(SearchTokenizer.shardOf(term, shards));
                }
            }
        }
        if (!shardsTouched.isEmpty()) {
            List<SortedMap<String, String>> byShard = new ArrayList<>();
            for (int i = 0; i < shards; i++) {
                byShard.add(shardsTouched.contains(i) ? new TreeMap<>() : null);
            }
            entries.forEach((term, entry) -> {
                SortedMap<String, String> shard = byShard.get(SearchTokenizer.shardOf(term, shards));
                if (shard != null) {
                    shard.put(term, entry);
                }
            });
            for (int i : shardsTouched) {
                written.put(shardName(i), shard(byShard.get(i)));
            }
        }
        for (int chunk : chunks) {
            written.put(chunkName(chunk), chunk(chunk));
        }
        return Optional.of(new Changes(written, deleted));
    }

    // ---- postings ------------------------------------------------------------------------

    /**
     * Moves document {@code id} from {@code before} to {@code after}: sets the new weights, and
     * records in {@code touched} every entry (term or surface word) whose JSON may have changed.
     */
    private void apply(int id, Terms before, Terms after, Set<String> touched) {
        for (String term : union(before.direct().keySet(), after.direct().keySet())) {
            int weight = after.direct().getOrDefault(term, 0);
            if (weight != before.direct().getOrDefault(term, 0)) {
                postings(direct, term).set(id, weight);
                dropIfEmpty(direct, term);
                touched.add(term);
            }
        }
        Set<String> stemsChanged = new HashSet<>();
        for (String stem : union(before.stems().keySet(), after.stems().keySet())) {
            int weight = after.stems().getOrDefault(stem, 0);
            if (weight != before.stems().getOrDefault(stem, 0)) {
                postings(stems, stem).set(id, weight);
                dropIfEmpty(stems, stem);
                stemsChanged.add(stem);
            }
        }
        for (String stem : union(before.surfaces().keySet(), after.surfaces().keySet())) {
            Set<String> was = before.surfaces().getOrDefault(stem, Set.of());
            Set<String> is = after.surfaces().getOrDefault(stem, Set.of());
            for (String word : union(was, is)) {
                int change = (is.contains(word) ? 1 : 0) - (was.contains(word) ? 1 : 0);
                if (change != 0) {
                    count(stemWords.computeIfAbsent(stem, s -> new HashMap<>()), word, change);
                    count(wordStems.computeIfAbsent(word, w -> new TreeMap<>()), stem, change);
                    if (stemWords.get(stem).isEmpty()) {
                        stemWords.remove(stem);
                    }
                    if (wordStems.get(word).isEmpty()) {
                        wordStems.remove(word);
                    }
                    touched.add(word);
                }
            }
        }
        for (String stem : stemsChanged) {
            touched.addAll(stemWords.getOrDefault(stem, Map.of()).keySet());
        }
    }

    /**
     * Recomputes the JSON of one entry: a Han term or keyword gets its own postings; a surface word
     * gets its stem's postings and the stem (a Han term wins over a word, as it was written first).
     */
    private void updateEntry(String term) {
        String entry = null;
        Postings own = direct.get(term);
        if (own != null) {
            entry = entryJson(own, null);
        } else if (wordStems.containsKey(term)) {
            String stem = wordStems.get(term).firstKey();
            entry = entryJson(stems.get(stem), stem);
        }
        String old = entry == null ? entries.remove(term) : entries.put(term, entry);
        if (old != null) {
            entryChars -= chars(term, old);
        }
        if (entry != null) {
            entryChars += chars(term, entry);
        }
    }

    /** The characters an entry adds to its shard: quoted term, colon and comma, entry. */
    private static long chars(String term, String entry) {
        return json(term).length() + entry.length() + 2;
    }

    /** Term shards: doubled until a shard holds about {@link #SHARD_BYTES}. */
    int shardCount() {
        int count = 1;
        while (count < MAX_SHARDS && entryChars / count > SHARD_BYTES) {
            count *= 2;
        }
        return count;
    }

    private static Postings postings(Map<String, Postings> map, String term) {
        return map.computeIfAbsent(term, t -> new Postings());
    }

    private static void dropIfEmpty(Map<String, Postings> map, String term) {
        if (map.get(term).size() == 0) {
            map.remove(term);
        }
    }

    private static void count(Map<String, Integer> counts, String key, int change) {
        int value = counts.getOrDefault(key, 0) + change;
        if (value == 0) {
            counts.remove(key);
        } else {
            counts.put(key, value);
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** The index terms of one document: title words weigh {@link #TITLE_WEIGHT}, keywords {@link #KEYWORD_WEIGHT}. */
    private static Terms terms(Doc doc, SearchTokenizer tokenizer) {
        Map<String, Integer> han = new HashMap<>();
        Map<String, Integer> stemmed = new HashMap<>();
        Map<String, Set<String>> surfaces = new HashMap<>();
        add(tokenizer, doc.title(), TITLE_WEIGHT, han, stemmed, surfaces);
        add(tokenizer, doc.text(), 1, han, stemmed, surfaces);
        for (String keyword : doc.keywords()) {
            han.merge(SearchTokenizer.keyword(keyword), KEYWORD_WEIGHT, Integer::sum);
        }
        return new Terms(han, stemmed, surfaces);
    }

    private static void add(SearchTokenizer tokenizer, String text, int weight, Map<String, Integer> han, Map<String, Integer> stemmed,
                     Map<String, Set<String>> surfaces) {
        for (SearchTokenizer.Token token : tokenizer.tokens(text)) {
            if (token.term() == null) {
                continue;
            }
            if (token.han()) {
                han.merge(token.term(), weight, Integer::sum);
            } else {
                stemmed.merge(token.term(), weight, Integer::sum);
                surfaces.computeIfAbsent(token.term(), k -> new HashSet<>()).add(token.surface());
            }
        }
    }

    // ---- documents -----------------------------------------------------------------------

    private static List<Doc> split(SearchPage page, Document html, String label) {
        List<Doc> docs = new ArrayList<>();
        Element main = html.selectFirst("main");
        if (main == null) {
            return docs;
        }
        Element body = main.selectFirst(".body");
        switch (page.kind()) {
            case CHAPTER -> {
                if (body == null) {
                    body = main;
                }
                StringBuilder preamble = new StringBuilder();
                for (Element child : body.children()) {
                    if (!child.hasClass("sect1")) {
                        preamble.append(child.text()).append(' ');
                    }
                }
                docs.add(new Doc(page.title(), label, page.url(), preamble.toString().trim(), "", List.of()));
                for (Element section : body.select("div.sect1")) {
                    Element heading = section.selectFirst("h2[id]");
                    if (heading == null) {
                        continue;
                    }
                    Element content = section.selectFirst(".sectionbody");
                    docs.add(new Doc(heading.text(), label, page.url() + "#" + heading.id(),
                            content == null ? "" : content.text(), page.title(), List.of()));
                }
            }
            case LETTER -> {
                docs.add(new Doc(page.title(), label, page.url(), String.join(" ", page.metadata()), "", page.keywords()));
                if (body != null) {
                    for (Element paragraph : body.select("[id~=^p[0-9]+$]")) {
                        docs.add(new Doc(page.title(), label, page.url() + "#" + paragraph.id(), paragraph.text(),
                                String.join(" ", page.metadata().subList(0, Math.min(1, page.metadata().size()))), List.of()));
                    }
                }
            }
            default -> {
                main.select("h1, .breadcrumb").remove();
                docs.add(new Doc(page.title(), label, page.url(),
                        (String.join(" ", page.metadata()) + " " + main.text()).trim(), "", page.keywords()));
            }
        }
        return docs;
    }

    // ---- files ---------------------------------------------------------------------------

    private static String shardName(int shard) {
        return "t-" + shard + ".json";
    }

    private static String chunkName(int chunk) {
        return "d-" + chunk + ".json";
    }

    /** A shard: the entries of its terms in term order, as one JSON object. */
    private static byte[] shard(SortedMap<String, String> entries) {
        StringBuilder json = new StringBuilder("{");
        entries.forEach((term, entry) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(json(term)).append(':').append(entry);
        });
        return file(json.append('}').toString());
    }

    private byte[] chunk(int chunk) {
        List<List<String>> rows = new ArrayList<>();
        for (Doc doc : docs.subList(chunk * CHUNK, Math.min(docs.size(), (chunk + 1) * CHUNK))) {
            rows.add(chunkRow(doc));
        }
        return file(json(rows));
    }

    private static List<String> chunkRow(Doc doc) {
        return List.of(doc.title(), doc.kind(), doc.url(), clip(doc.text()), doc.context());
    }

    private byte[] manifest() {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("version", 1);
        manifest.put("shards", shardCount());
        manifest.put("chunk", CHUNK);
        manifest.put("docs", docs.size());
        manifest.put("stop", new ArrayList<>(SearchTokenizer.stopWords()));
        return file(json(manifest));
    }

    private static String entryJson(Postings postings, String stem) {
        Map<String, Object> entry = new TreeMap<>();
        entry.put("p", postings.flat());
        if (stem != null) {
            entry.put("s", stem);
        }
        return json(entry);
    }

    private static String clip(String text) {
        if (text.length() <= TEXT_LIMIT) {
            return text;
        }
        int end = TEXT_LIMIT;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    private static byte[] file(String json) {
        return (json + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The postings of one term, sorted by document: parallel arrays rather than a map of boxed
     * integers, since a thousand-page site holds millions of them.
     */
    private static final class Postings {

        private int[] docs = new int[4];
        private int[] weights = new int[4];
        private int size;

        int size() {
            return size;
        }

        /** Sets the weight of {@code doc}; 0 removes it. */
        void set(int doc, int weight) {
            int at = size > 0 && docs[size - 1] < doc ? -size - 1 : Arrays.binarySearch(docs, 0, size, doc);
            if (at >= 0) {
                if (weight == 0) {
                    System.arraycopy(docs, at + 1, docs, at, size - at - 1);
                    System.arraycopy(weights, at + 1, weights, at, size - at - 1);
                    size--;
                } else {
                    weights[at] = weight;
                }
                return;
            }
            if (weight == 0) {
                return;
            }
            int insert = -at - 1;
            if (size == docs.length) {
                docs = Arrays.copyOf(docs, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
            }
            System.arraycopy(docs, insert, docs, insert + 1, size - insert);
            System.arraycopy(weights, insert, weights, insert + 1, size - insert);
            docs[insert] = doc;
            weights[insert] = weight;
            size++;
        }

        /** {@code [doc, weight, doc, weight, …]}. */
        int[] flat() {
            int[] flat = new int[size * 2];
            for (int i = 0; i < size; i++) {
                flat[2 * i] = docs[i];
                flat[2 * i + 1] = weights[i];
            }
            return flat;
        }
    }
}
