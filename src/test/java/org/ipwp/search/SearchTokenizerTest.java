package org.ipwp.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer's fast paths (Han bigrams cut directly, each word's stem remembered) give exactly
 * the tokens of the Lucene pipeline they stand in for.
 */
class SearchTokenizerTest {

    /** Characters the random texts are made of: ideographs inside and outside the basic block, kana, Hangul, full-width and ASCII, marks and spaces. */
    private static final String POOL = "知识产权质押融资重庆市监函号一〇々㐀𠀀あカ한글ＡＢｃ１２abcxyzTHE and of patents trademarks financing 2020 "
            + "123,.;:!?，。；：！？、（）《》 \t\n-_'\"";

    /** The tokenizer's Han shortcut agrees with the Unicode script table on every code point. */
    @Test
    void everyCodePointIsHanExactlyWhenTheScriptTableSaysSo() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            int codePoint = cp;
            assertEquals(Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN,
                    SearchTokenizer.isHan(new String(Character.toChars(cp))), () -> String.format("U+%04X", codePoint));
        }
    }

    @Test
    void randomMixedTextTokenisesAsLuceneAloneDoes() {
        Random random = new Random(20261125);
        SearchTokenizer tokenizer = new SearchTokenizer();
        int[] pool = POOL.codePoints().toArray();
        for (int text = 0; text < 2000; text++) {
            StringBuilder builder = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                builder.appendCodePoint(pool[random.nextInt(pool.length)]);
            }
            String sample = builder.toString();
            assertEquals(tokenizer.tokensByLucene(sample), tokenizer.tokens(sample), sample);
            assertEquals(tokenizer.tokensByLucene(sample), tokenizer.tokens(sample), "the second time (remembered words): " + sample);
        }
    }

    @Test
    void theRepositoryContentTokenisesAsLuceneAloneDoes() throws IOException {
        SearchTokenizer tokenizer = new SearchTokenizer();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("content"))) {
            files = walk.filter(p -> p.toString().endsWith(".adoc")).sorted().toList();
        }
        for (Path file : files) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                assertEquals(tokenizer.tokensByLucene(line), tokenizer.tokens(line), file + ": " + line);
            }
        }
    }
}
