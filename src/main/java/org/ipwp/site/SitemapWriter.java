package org.ipwp.site;

import org.ipwp.i18n.Language;

/**
 * Writes {@code sitemap.xml} with the {@code xhtml:link} alternates of each page (Google's
 * multilingual sitemap form). Pages that only point to the other language are left out.
 */
final class SitemapWriter {

    private final SiteModel model;

    SitemapWriter(SiteModel model) {
        this.model = model;
    }

    String xml() {
        String base = model.config().baseUrl().toString();
        StringBuilder xml = new StringBuilder();
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (Page page : model.pages()) {
            if (page.kind() == PageKind.OTHER_LANGUAGE_ONLY) {
                continue;
            }
            xml.append("  <url>\n    <loc>").append(escape(base + page.url())).append("</loc>\n");
            xml.append("    <lastmod>").append(page.date()).append("</lastmod>\n");
            for (Language language : Language.values()) {
                boolean real = model.page(language, page.key()).filter(p -> p.kind() != PageKind.OTHER_LANGUAGE_ONLY).isPresent();
                if (real) {
                    xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(language.htmlLang())
                            .append("\" href=\"").append(escape(base + Page.urlOf(language, page.key()))).append("\"/>\n");
                }
            }
            xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"")
                    .append(escape(base + Page.urlOf(Language.ZH, page.key()))).append("\"/>\n");
            xml.append("  </url>\n");
        }
        xml.append("</urlset>\n");
        return xml.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
