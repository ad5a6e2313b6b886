package org.ipwp.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The Atom feeds of the letters: well-formed Atom, newest first, ids that survive a move. */
class LetterFeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    Path temp;

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static String first(Element parent, String name) {
        return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }

    @Test
    void eachLanguageHasAnAtomFeedWhoseIdsDoNotDependOnTheBaseUrl() throws Exception {
        SiteFixture fixture = SiteFixture.copyOfRepositorySite(temp.resolve("src"));
        assertEquals(0, fixture.build("--out", temp.resolve("a").toString(), "--base-url", "https://a.example/").exitCode());
        assertEquals(0, fixture.build("--out", temp.resolve("b").toString(), "--base-url", "https://b.example/ipr/").exitCode());
        for (String language : new String[] {"zh", "en"}) {
            Document a = parse(temp.resolve("a/" + language + "/letters/feed.xml"));
            Document b = parse(temp.resolve("b/" + language + "/letters/feed.xml"));
            Element feed = a.getDocumentElement();
            assertEquals("feed", feed.getLocalName());
            assertEquals(ATOM, feed.getNamespaceURI());
            Element entry = (Element) feed.getElementsByTagNameNS(ATOM, "entry").item(0);
            assertNotNull(entry);
            assertEquals("2020-03-31T00:00:00+08:00", first(entry, "published"));
            assertEquals("https://a.example/" + language + "/letters/2020/yushijianhan-155/",
                    ((Element) entry.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"));
            Element other = (Element) b.getDocumentElement().getElementsByTagNameNS(ATOM, "entry").item(0);
            assertEquals(first(entry, "id"), first(other, "id"), "entry id must not change with the base URL");
            assertEquals("https://b.example/ipr/" + language + "/letters/2020/yushijianhan-155/",
                    ((Element) other.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"));
        }
        org.jsoup.nodes.Document archive = SiteFixture.page(temp.resolve("a"), "zh/letters/index.html");
        assertEquals("feed.xml", archive.selectFirst("head link[type=application/atom+xml]").attr("href"));
        org.jsoup.nodes.Document letter = SiteFixture.page(temp.resolve("a"), "en/letters/2020/yushijianhan-155/index.html");
        assertEquals("../../../data/ip-finance/", letter.select("section.letter-uses a").eachAttr("href").stream()
                .filter(h -> h.contains("ip-finance")).findFirst().orElseThrow());
    }
}
