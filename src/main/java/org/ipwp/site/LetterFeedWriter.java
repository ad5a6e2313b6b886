package org.ipwp.site;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ipwp.i18n.Language;

/**
 * The Atom feed of the letters of one language ({@code <lang>/letters/feed.xml}), newest first.
 *
 * <p>Ids are {@code tag:} URIs built from the site's domain and the letter's key and date, so they
 * stay the same when the site moves to another base URL (feed readers would otherwise show every
 * letter again). Times are the letters' dates at midnight China Standard Time, never the clock, so
 * the feed is reproducible.
 */
final class LetterFeedWriter {

    /** Where the feed of {@code language} is published, relative to the site root. */
    static String path(Language language) {
        return language.code() + "/letters/feed.xml";
    }

    private final SiteModel model;

    LetterFeedWriter(SiteModel model) {
        this.model = model;
    }

    String xml(Language language) {
        List<Page> letters = model.letters(language);
        String base = model.config().baseUrl().toString();
        String domain = model.config().identity().domain();
        LocalDate updated = letters.stream().map(Page::date).max(LocalDate::compareTo).orElse(LocalDate.of(2020, 1, 1));
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("utf-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            xml.writeAttribute("xml:lang", language.htmlLang());
            element(xml, "id", "tag:" + domain + ",2020:letters:" + language.code());
            element(xml, "title", model.messages().get(language, "letters.feed.title", model.config().siteName().get(language)));
            element(xml, "subtitle", model.messages().get(language, "letters.description"));
            link(xml, "self", "application/atom+xml", base + path(language));
            link(xml, "alternate", "text/html", base + Page.urlOf(language, "letters"));
            element(xml, "updated", timestamp(updated));
            xml.writeCharacters("\n  ");
            xml.writeStartElement("author");
            element(xml, "name", model.config().sponsor().get(language));
            xml.writeEndElement();
            for (Page letter : letters) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("entry");
                element(xml, "id", "tag:" + domain + "," + letter.date() + ":" + letter.key());
                element(xml, "title", letter.letter().documentNumber() + " " + letter.title());
                link(xml, "alternate", "text/html", base + letter.url());
                element(xml, "published", timestamp(letter.date()));
                element(xml, "updated", timestamp(letter.date()));
                xml.writeCharacters("\n    ");
                xml.writeStartElement("author");
                element(xml, "name", letter.letter().office());
                xml.writeEndElement();
                xml.writeCharacters("\n    ");
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", letter.letter().kind().code());
                xml.writeAttribute("label", model.messages().get(language, "letter.kind." + letter.letter().kind().code()));
                element(xml, "summary", letter.description());
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the letters feed", e);
        }
        return text.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static String timestamp(LocalDate date) {
        return date + "T00:00:00+08:00";
    }
}
