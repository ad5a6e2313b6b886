package org.ipwp.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.ipwp.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedLayoutTest {

    private final PublishedLayout layout = new PublishedLayout(URI.create("https://example.org/ipr/"));

    @Test
    void spellsThePublishedPaths() {
        assertEquals("data/key-indicators/key-indicators.csv", PublishedLayout.downloadPath("key-indicators", "key-indicators.csv"));
        assertEquals("data/key-indicators/datapackage.json", PublishedLayout.downloadPath("key-indicators", "datapackage.json"));
        assertEquals("zh/data/key-indicators/", PublishedLayout.datasetPagePath("key-indicators", Language.ZH));
        assertEquals("en/data/", PublishedLayout.catalogPagePath(Language.EN));
        assertEquals("data/catalog.jsonld", PublishedLayout.CATALOG_PATH);
        assertEquals("zh/letters/2020/yushijianhan-155/", PublishedLayout.letterPagePath("2020/yushijianhan-155", Language.ZH));
    }

    @Test
    void resolvesUrlsUnderTheSubPath() {
        assertEquals("https://example.org/ipr/data/talent/talent.json", layout.downloadUrl("talent", "talent.json").toString());
        assertEquals("https://example.org/ipr/data/talent/", layout.datasetIri("talent").toString());
        assertEquals("https://example.org/ipr/en/data/talent/", layout.datasetPage("talent", Language.EN).toString());
        assertEquals("https://example.org/ipr/data/catalog.jsonld", layout.catalogFile().toString());
        assertEquals("https://example.org/ipr/data/", layout.catalogIri().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../etc", "a/b", "A", "", "https:x", "a--b"})
    void refusesDatasetIdsThatAreNotOneLowerCaseSegment(String id) {
        assertThrows(IllegalArgumentException.class, () -> layout.datasetIri(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020/../../x", "//evil.example/x", "https://evil.example/", "20/x", "2020/x/y"})
    void refusesLetterReferencesThatCouldLeaveTheSite(String letter) {
        assertThrows(IllegalArgumentException.class, () -> layout.letterPage(letter, Language.ZH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/ipr", "/ipr/", "https://example.org/?q=1"})
    void refusesABaseUrlThatIsNotAnAbsoluteFolder(String base) {
        assertThrows(IllegalArgumentException.class, () -> new PublishedLayout(URI.create(base)));
    }
}
