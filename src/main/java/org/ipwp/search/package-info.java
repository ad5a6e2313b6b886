/**
 * Full-text search for a static host. At build time {@link org.ipwp.search.SearchIndexWriter} reads the
 * rendered pages, splits them into documents (chapter sections, letter paragraphs, datasets, other
 * pages) and writes, per language, a static inverted index under {@code <lang>/search/}: a manifest,
 * term shards chosen by a hash of the term (so a query downloads only the shards of its terms) and
 * document chunks. {@link org.ipwp.search.SearchTokenizer} splits text into runs exactly as
 * {@code assets/js/search.js} does and uses Lucene's analyzers for the linguistics: CJK bigrams for
 * Chinese, stop words and Porter stemming for English. English postings are written under every surface
 * word that stems to the same stem, so the browser needs no stemmer. {@link org.ipwp.search.SearchQuery}
 * is the browser's query logic in Java, for tests.
 */
package org.ipwp.search;
