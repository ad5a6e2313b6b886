package org.ipwp.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Splits text into search terms. Text is NFKC-normalised (full-width to half-width) and lower-cased,
 * then cut into runs: Han runs and runs of other letters and digits; everything else separates. This
 * cutting is what {@code search.js} does. Each run then goes through Lucene: Han runs become
 * overlapping bigrams (a single character stays a unigram) by {@link CJKBigramFilter}; other runs lose
 * English stop words and are Porter-stemmed.
 */
public final class SearchTokenizer {

    /** A word of the text: its surface form (normalised) and its index term ({@code null} for a stop word). */
    public record Token(String surface, String term, boolean han) {
    }

    private static final CharArraySet STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    /** Marks a stop word in {@link #words} (a map cannot hold {@code null}). */
    private static final String STOP_WORD = new String("");

    /**
     * The term of each word seen (its stem, or {@link #STOP_WORD}): a page repeats its words, and a
     * token stream per word is most of the tokenising time. Concurrent, as the analyzer is: one
     * tokenizer serves every thread.
     */
    private final Map<String, String> words = new ConcurrentHashMap<>();

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new CJKWidthFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN, false);
            stream = new StopFilter(stream, STOP);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    };

    /** The English stop words, which are not indexed; the browser drops them from queries. */
    public static Set<String> stopWords() {
        Set<String> words = new TreeSet<>();
        STOP.forEach(w -> words.add(new String((char[]) w)));
        return words;
    }

    /** NFKC and lower case, as {@code search.js} normalises a query. */
    public static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** The runs of {@code text} after normalisation: Han runs and letter/digit runs, in order. */
    public static List<String> runs(String text) {
        String s = normalise(text);
        List<String> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int currentClass = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int cls = isHan(cp) ? 1 : Character.isLetterOrDigit(cp) ? 2 : 0;
            if (cls != currentClass && current.length() > 0) {
                runs.add(current.toString());
                current.setLength(0);
            }
            currentClass = cls;
            if (cls != 0) {
                current.appendCodePoint(cp);
            }
        }
        if (current.length() > 0) {
            runs.add(current.toString());
        }
        return runs;
    }

    public static boolean isHan(String run) {
        return isHan(run.codePointAt(0));
    }

    /**
     * Whether a character is of the Han script. The script table is searched only outside the two
     * ranges that settle most characters of a page at once: nothing below U+2E80 is Han, and all of
     * U+4E00 to U+9FFC is (the CJK Unified Ideographs assigned in Java 17's Unicode 13; the block's
     * last three are unassigned there). {@code SearchTokenizerTest} compares every code point.
     */
    private static boolean isHan(int cp) {
        if (cp < 0x2E80) {
            return false;
        }
        if (cp >= 0x4E00 && cp <= 0x9FFC) {
            return true;
        }
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** The tokens of {@code text}: per Han run its bigrams, per other run the word and its stem. */
    public List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        for (String run : runs(text)) {
            if (isHan(run)) {
                for (String bigram : hanTerms(run)) {
                    tokens.add(new Token(bigram, bigram, true));
                }
            } else {
                String term = words.computeIfAbsent(run, word -> {
                    List<String> terms = analyse(word);
                    return terms.isEmpty() ? STOP_WORD : terms.get(0);
                });
                tokens.add(new Token(run, term == STOP_WORD ? null : term, false));
            }
        }
        return tokens;
    }

    /**
     * The tokens as Lucene alone makes them, run by run: what {@link #tokens} must equal
     * ({@code SearchTokenizerTest} compares the two on mixed text).
     */
    List<Token> tokensByLucene(String text) {
        List<Token> tokens = new ArrayList<>();
        for (String run : runs(text)) {
            List<String> terms = analyse(run);
            if (isHan(run)) {
                terms.forEach(bigram -> tokens.add(new Token(bigram, bigram, true)));
            } else {
                tokens.add(new Token(run, terms.isEmpty() ? null : terms.get(0), false));
            }
        }
        return tokens;
    }

    /**
     * The bigrams of a Han run. A run of CJK Unified Ideographs (U+4E00 to U+9FFF) is cut here
     * directly, as {@link CJKBigramFilter} cuts it (each of those characters is a token of its own
     * to the standard tokenizer; one alone stays a unigram): most of a Chinese page, and several
     * times faster than a token stream per run. Any other Han run goes through Lucene.
     */
    private List<String> hanTerms(String run) {
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c < '\u4e00' || c > '\u9fff') {
                return analyse(run);
            }
        }
        if (run.length() == 1) {
            return List.of(run);
        }
        List<String> bigrams = new ArrayList<>(run.length() - 1);
        for (int i = 0; i + 1 < run.length(); i++) {
            bigrams.add(run.substring(i, i + 2));
        }
        return bigrams;
    }

    private List<String> analyse(String run) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", new StringReader(run))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** An exact keyword term (document or proposal number): normalised, without spaces, marked with {@code #}. */
    public static String keyword(String value) {
        return "#" + normalise(value).replaceAll("\\s+", "");
    }

    /** FNV-1a over UTF-16 code units, as {@code search.js} computes it; picks a term's shard. */
    public static int shardOf(String term, int shards) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < term.length(); i++) {
            hash ^= term.charAt(i);
            hash *= 0x01000193;
        }
        return Integer.remainderUnsigned(hash, shards);
    }
}
