package org.ipwp.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.ipwp.diag.Diagnostic;
import org.ipwp.diag.Diagnostics;
import org.junit.jupiter.api.Test;

class MessagesReaderTest {

    private static final String ZH = "templates/i18n/messages_zh.properties";
    private static final String EN = "templates/i18n/messages_en.properties";

    private final Diagnostics diagnostics = new Diagnostics();
    private final MessagesReader reader = new MessagesReader(diagnostics);

    private static Path repoFile(String name) {
        return Path.of(System.getProperty("basedir", "."), name);
    }

    private void readRealBundle(Language language, String name) throws IOException {
        try (Reader in = Files.newBufferedReader(repoFile(name), StandardCharsets.UTF_8)) {
            reader.read(language, in, name);
        }
    }

    private Messages read(String zh, String en) throws IOException {
        reader.read(Language.ZH, new StringReader(zh), ZH);
        reader.read(Language.EN, new StringReader(en), EN);
        return reader.finish();
    }

    private List<String> rendered() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(repoFile(name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void realBundlesHaveIdenticalKeySets() throws IOException {
        assertEquals(load(ZH).keySet(), load(EN).keySet());
    }

    @Test
    void realBundlesReadWithoutDiagnostics() throws IOException {
        readRealBundle(Language.ZH, ZH);
        readRealBundle(Language.EN, EN);

        assertNotNull(reader.finish());
        assertEquals(List.of(), rendered());
    }

    @Test
    void keyOnlyInChineseIsReportedAtItsLine() throws IOException {
        Messages messages = read("""
                # zh
                nav.home=首页
                nav.extra=多余
                """, """
                nav.home=Home
                """);

        assertNull(messages);
        assertEquals(List.of("templates/i18n/messages_zh.properties:3: error: [i18n.missing-message] 'nav.extra' has no"
                + " translation in templates/i18n/messages_en.properties"), rendered());
    }

    @Test
    void keyOnlyInEnglishIsReportedInTheEnglishFile() throws IOException {
        read("""
                nav.home=首页
                """, """
                nav.home=Home
                nav.extra=Extra
                """);

        assertEquals(List.of("templates/i18n/messages_en.properties:2: error: [i18n.missing-message] 'nav.extra' has no"
                + " translation in templates/i18n/messages_zh.properties"), rendered());
    }

    @Test
    void emptyValueIsAnError() throws IOException {
        read("""
                nav.home=首页
                nav.about=
                """, """
                nav.home=Home
                nav.about=About
                """);

        assertEquals(List.of("templates/i18n/messages_zh.properties:2: error: [i18n.empty-message] 'nav.about' has an empty translation"),
                rendered());
    }

    @Test
    void duplicateKeyNamesTheFirstLine() throws IOException {
        read("""
                nav.home=首页
                nav.home=主页
                """, """
                nav.home=Home
                """);

        assertEquals(List.of("templates/i18n/messages_zh.properties:2: error: [i18n.duplicate-key] 'nav.home' is already"
                + " defined on line 1"), rendered());
    }

    @Test
    void lineWithoutEqualsSignIsASyntaxError() throws IOException {
        read("""
                nav.home 首页
                """, "");

        assertEquals(List.of("templates/i18n/messages_zh.properties:1: error: [i18n.syntax] expected 'key=value'"), rendered());
    }

    @Test
    void missingBundleIsReported() throws IOException {
        reader.read(Language.ZH, new StringReader("nav.home=首页\n"), ZH);

        assertNull(reader.finish());
        assertEquals(List.of("templates/i18n/messages_en.properties: error: [i18n.missing-bundle] the en message bundle is missing"),
                rendered());
    }

    @Test
    void valueKeepsEqualsSignsAfterTheFirst() throws IOException {
        Messages messages = read("a=x=y 中文\n", "a=x=y English\n");

        assertEquals("x=y 中文", messages.get(Language.ZH, "a"));
    }

    @Test
    void argumentsAreFilledIn() throws IOException {
        Messages messages = read("chapter.label=第{0}章\n", "chapter.label=Chapter {0}\n");

        assertEquals("第3章", messages.get(Language.ZH, "chapter.label", 3));
        assertEquals("Chapter 3", messages.get(Language.EN, "chapter.label", 3));
    }

    @Test
    void unknownKeyThrows() throws IOException {
        Messages messages = read("a=甲\n", "a=A\n");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> messages.get(Language.EN, "b"));
        assertTrue(e.getMessage().contains("'b'"), e.getMessage());
    }
}
