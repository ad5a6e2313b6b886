package org.ipwp.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes one language's search index into a folder: {@code manifest.json}, term shards
 * {@code t-<n>.json} ({@code {"term": {"p": [doc, weight, …], "s": "stem"}}}, the shard picked by
 * {@link SearchTokenizer#shardOf}) and document chunks {@code d-<n>.json}
 * ({@code [[title, kind, url, text, context], …]}). The output depends on the input only.
 */
public final class SearchIndexWriter {

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

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private record Doc(String title, String kind, String url, String text, String context, List<String> keywords) {
    }

    private final SearchTokenizer tokenizer = new SearchTokenizer();
    private final Map<SearchPage.Kind, String> kindLabels;

    /** @param kindLabels the label shown for each kind of result, in the index's language */
    public SearchIndexWriter(Map<SearchPage.Kind, String> kindLabels) {
        this.kindLabels = Map.copyOf(kindLabels);
    }

    /** What was written, for the build report and tests. */
    public record Stats(int documents, int terms, int shards, long bytes) {
    }

    /** Indexes {@code pages} (in the order given) into {@code folder}. */
    public Stats write(List<SearchPage> pages, Path folder) throws IOException {
        List<Doc> docs = new ArrayList<>();
        for (SearchPage page : pages) {
            split(page, docs);
        }
        // Hash maps while counting (hundreds of thousands of tokens), sorted once at the end.
        Map<String, SortedMap<Integer, Integer>> direct = new HashMap<>();
        Map<String, SortedMap<Integer, Integer>> stems = new HashMap<>();
        Map<String, SortedSet<String>> surfaces = new HashMap<>();
        for (int id = 0; id < docs.size(); id++) {
            Doc doc = docs.get(id);
            add(doc.title(), id, TITLE_WEIGHT, direct, stems, surfaces);
            add(doc.text(), id, 1, direct, stems, surfaces);
            for (String keyword : doc.keywords()) {
                direct.computeIfAbsent(SearchTokenizer.keyword(keyword), k -> new TreeMap<>()).merge(id, KEYWORD_WEIGHT, Integer::sum);
            }
        }
        // Each entry is serialised once: its length sizes the shards and the same text is written.
        SortedMap<String, String> entries = new TreeMap<>();
        direct.forEach((term, postings) -> entries.put(term, json(entry(postings, null))));
        new TreeMap<>(surfaces).forEach((stem, words) -> {
            String entry = json(entry(stems.get(stem), stem));
            for (String word : words) {
                entries.putIfAbsent(word, entry);
            }
        });
        long total = 0;
        for (Map.Entry<String, String> e : entries.entrySet()) {
            total += json(e.getKey()).length() + e.getValue().length() + 2;
        }
        int count = 1;
        while (count < 4096 && total / count > SHARD_BYTES) {
            count *= 2;
        }
        int shards = count;
        List<SortedMap<String, String>> byShard = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            byShard.add(new TreeMap<>());
        }
        entries.forEach((term, entry) -> byShard.get(SearchTokenizer.shardOf(term, shards)).put(term, entry));
        Files.createDirectories(folder);
        long bytes = 0;
        for (int i = 0; i < shards; i++) {
            bytes += writeShard(folder.resolve("t-" + i + ".json"), byShard.get(i));
        }
        for (int start = 0; start < docs.size(); start += CHUNK) {
            List<List<String>> chunk = new ArrayList<>();
            for (Doc doc : docs.subList(start, Math.min(docs.size(), start + CHUNK))) {
                chunk.add(List.of(doc.title(), doc.kind(), doc.url(), clip(doc.text()), doc.context()));
            }
            bytes += writeJson(folder.resolve("d-" + start / CHUNK + ".json"), chunk);
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("version", 1);
        manifest.put("shards", shards);
        manifest.put("chunk", CHUNK);
        manifest.put("docs", docs.size());
        manifest.put("stop", new ArrayList<>(SearchTokenizer.stopWords()));
        bytes += writeJson(folder.resolve("manifest.json"), manifest);
        return new Stats(docs.size(), entries.size(), shards, bytes);
    }

    private void add(String text, int id, int weight, Map<String, SortedMap<Integer, Integer>> direct,
                     Map<String, SortedMap<Integer, Integer>> stems, Map<String, SortedSet<String>> surfaces) {
        for (SearchTokenizer.Token token : tokenizer.tokens(text)) {
            if (token.term() == null) {
                continue;
            }
            if (token.han()) {
                direct.computeIfAbsent(token.term(), k -> new TreeMap<>()).merge(id, weight, Integer::sum);
            } else {
                stems.computeIfAbsent(token.term(), k -> new TreeMap<>()).merge(id, weight, Integer::sum);
                surfaces.computeIfAbsent(token.term(), k -> new TreeSet<>()).add(token.surface());
            }
        }
    }

    private static Map<String, Object> entry(SortedMap<Integer, Integer> postings, String stem) {
        List<Integer> flat = new ArrayList<>();
        postings.forEach((doc, weight) -> {
            flat.add(doc);
            flat.add(weight);
        });
        Map<String, Object> entry = new TreeMap<>();
        entry.put("p", flat);
        if (stem != null) {
            entry.put("s", stem);
        }
        return entry;
    }

    private void split(SearchPage page, List<Doc> docs) {
        Document html = Jsoup.parse(page.html());
        Element main = html.selectFirst("main");
        if (main == null) {
            return;
        }
        Element body = main.selectFirst(".body");
        String label = kindLabels.getOrDefault(page.kind(), "");
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

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes serialised entries as one JSON object, exactly as Jackson writes the map of them. */
    private static long writeShard(Path file, SortedMap<String, String> entries) throws IOException {
        StringBuilder json = new StringBuilder("{");
        entries.forEach((term, entry) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(json(term)).append(':').append(entry);
        });
        byte[] bytes = json.append("}\n").toString().getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        return bytes.length;
    }

    private static long writeJson(Path file, Object value) throws IOException {
        byte[] bytes = (json(value) + "\n").getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        return bytes.length;
    }
}
