package org.ipwp.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes one language's search index into a folder: {@code manifest.json}, term shards
 * {@code t-<n>.json} ({@code {"term": {"p": [doc, weight, …], "s": "stem"}}}, the shard picked by
 * {@link SearchTokenizer#shardOf}) and document chunks {@code d-<n>.json}
 * ({@code [[title, kind, url, text, context], …]}). The output depends on the input only; the
 * index itself is computed by {@link SearchIndex}.
 */
public final class SearchIndexWriter {

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
        return write(SearchIndex.of(pages, kindLabels), folder);
    }

    /** Writes every file of an index built elsewhere (the builder keeps it for the preview) into {@code folder}. */
    public static Stats write(SearchIndex index, Path folder) throws IOException {
        Files.createDirectories(folder);
        long bytes = 0;
        for (Map.Entry<String, byte[]> file : index.files().entrySet()) {
            Files.write(folder.resolve(file.getKey()), file.getValue());
            bytes += file.getValue().length;
        }
        return new Stats(index.documentCount(), index.termCount(), index.shardCount(), bytes);
    }
}
