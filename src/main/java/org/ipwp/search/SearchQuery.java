package org.ipwp.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query logic of {@code assets/js/search.js}, in Java, over a written index folder: the query is
 * normalised and cut into runs as {@link SearchTokenizer#runs} does; a Han run gives its overlapping
 * bigrams (one character: itself), another run is looked up as typed unless it is a stop word (the
 * index holds every surface word under its stem's postings). Every term must match (AND); the whole
 * query is also looked up as a keyword (document or proposal number), whose documents are added. Results
 * are ranked by the summed weights, then by document order. Also counts the bytes a query fetches.
 */
public final class SearchQuery {

    /** A result. */
    public record Hit(int doc, int score, String title, String kind, String url, String text) {
    }

    /** Results shown, as in search.js. */
    public static final int MAX_RESULTS = 20;

    private final Path folder;
    private final JsonNode manifest;
    private final ObjectMapper json = new ObjectMapper();
    private final Set<String> fetched = new TreeSet<>();
    private long fetchedBytes;

    public SearchQuery(Path folder) throws IOException {
        this.folder = folder;
        this.manifest = read("manifest.json");
    }

    /** The terms looked up for {@code query}, in order, without repeats. */
    public Set<String> terms(String query) {
        Set<String> stop = new HashSet<>();
        manifest.get("stop").forEach(w -> stop.add(w.asText()));
        Set<String> terms = new LinkedHashSet<>();
        for (String run : SearchTokenizer.runs(query)) {
            if (SearchTokenizer.isHan(run)) {
                int[] cps = run.codePoints().toArray();
                if (cps.length == 1) {
                    terms.add(run);
                }
                for (int i = 0; i + 1 < cps.length; i++) {
                    terms.add(new String(cps, i, 2));
                }
            } else if (!stop.contains(run)) {
                terms.add(run);
            }
        }
        return terms;
    }

    /** The ranked results of {@code query}. */
    public List<Hit> search(String query) throws IOException {
        int shards = manifest.get("shards").asInt();
        Map<Integer, Integer> scores = null;
        Set<String> terms = terms(query);
        for (String term : terms) {
            JsonNode entry = read("t-" + SearchTokenizer.shardOf(term, shards) + ".json").get(term);
            Map<Integer, Integer> postings = postings(entry);
            if (scores == null) {
                scores = postings;
            } else {
                Map<Integer, Integer> next = new HashMap<>();
                for (Map.Entry<Integer, Integer> e : scores.entrySet()) {
                    Integer weight = postings.get(e.getKey());
                    if (weight != null) {
                        next.put(e.getKey(), e.getValue() + weight);
                    }
                }
                scores = next;
            }
        }
        if (scores == null) {
            scores = new HashMap<>();
        }
        String keyword = SearchTokenizer.keyword(query);
        if (keyword.length() > 1) {
            JsonNode entry = read("t-" + SearchTokenizer.shardOf(keyword, shards) + ".json").get(keyword);
            for (Map.Entry<Integer, Integer> e : postings(entry).entrySet()) {
                scores.merge(e.getKey(), e.getValue(), Integer::sum);
            }
        }
        List<Map.Entry<Integer, Integer>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey() - b.getKey() : b.getValue() - a.getValue());
        int chunk = manifest.get("chunk").asInt();
        List<Hit> hits = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : ranked.subList(0, Math.min(ranked.size(), MAX_RESULTS))) {
            JsonNode doc = read("d-" + e.getKey() / chunk + ".json").get(e.getKey() % chunk);
            hits.add(new Hit(e.getKey(), e.getValue(), doc.get(0).asText(), doc.get(1).asText(), doc.get(2).asText(),
                    doc.get(3).asText()));
        }
        return hits;
    }

    private static Map<Integer, Integer> postings(JsonNode entry) {
        Map<Integer, Integer> postings = new HashMap<>();
        if (entry != null) {
            JsonNode p = entry.get("p");
            for (int i = 0; i + 1 < p.size(); i += 2) {
                postings.put(p.get(i).asInt(), p.get(i + 1).asInt());
            }
        }
        return postings;
    }

    /** Bytes of the files fetched so far (each file once, as a browser cache would), the manifest included. */
    public long fetchedBytes() {
        return fetchedBytes;
    }

    /** The files fetched so far. */
    public Set<String> fetchedFiles() {
        return fetched;
    }

    private JsonNode read(String name) throws IOException {
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            return json.createObjectNode();
        }
        if (fetched.add(name)) {
            fetchedBytes += Files.size(file);
        }
        return json.readTree(file.toFile());
    }
}
