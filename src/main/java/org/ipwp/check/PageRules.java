package org.ipwp.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ipwp.diag.Diagnostics;
import org.ipwp.diag.SourcePosition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The per-page rules a reader notices: images without alt text, tables without a caption or
 * header cells, headings that skip a level, and pages heavier than the budget (HTML plus the
 * CSS and scripts it loads from the site).
 */
final class PageRules {

    private final Path site;
    private final long budgetBytes;
    private final Diagnostics diagnostics;

    PageRules(Path site, long budgetBytes, Diagnostics diagnostics) {
        this.site = site;
        this.budgetBytes = budgetBytes;
        this.diagnostics = diagnostics;
    }

    void check(Path page) throws IOException {
        // "site:" marks a path in the built output, as the build's link check does.
        String name = "site:" + site.relativize(page).toString().replace('\\', '/');
        String html = Files.readString(page, StandardCharsets.UTF_8);
        Document document = Jsoup.parse(html);
        for (Element image : document.select("img:not([alt])")) {
            diagnostics.error("a11y.img-alt", at(name, html, image.outerHtml()), "image '" + image.attr("src")
                    + "' has no alt text; describe it, or write alt=\"\" if it is decoration");
        }
        for (Element table : document.select("table")) {
            if (table.selectFirst("> caption") == null) {
                diagnostics.error("a11y.table-caption", at(name, html, "<table"), "a table has no <caption>; say what it shows");
            }
            if (table.select("th").isEmpty()) {
                diagnostics.error("a11y.table-headers", at(name, html, "<table"), "a table has no header cells (<th scope>)");
            }
        }
        int previous = 0;
        for (Element heading : document.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            if (previous > 0 && level > previous + 1) {
                diagnostics.error("a11y.heading-order", at(name, html, "<" + heading.tagName()),
                        "heading '" + heading.text() + "' is h" + level + " after h" + previous + "; do not skip levels");
            }
            previous = level;
        }
        long bytes = Files.size(page);
        for (Element resource : document.select("link[rel=stylesheet][href], script[src]")) {
            String target = resource.hasAttr("href") ? resource.attr("href") : resource.attr("src");
            if (!target.contains(":") && !target.startsWith("//")) {
                Path file = page.getParent().resolve(target.replaceFirst("[?#].*", "")).normalize();
                if (file.startsWith(site) && Files.isRegularFile(file)) {
                    bytes += Files.size(file);
                }
            }
        }
        if (bytes > budgetBytes) {
            diagnostics.error("size.budget", SourcePosition.file(name), "page weighs " + bytes / 1024 + " KB with its CSS and scripts; the budget is "
                    + budgetBytes / 1024 + " KB (split the page or shrink what it loads)");
        }
    }

    /** The line of the first occurrence of {@code needle} in the page, for the report. */
    private static SourcePosition at(String name, String html, String needle) {
        int index = html.indexOf(needle.length() > 60 ? needle.substring(0, 60) : needle);
        if (index < 0) {
            return SourcePosition.file(name);
        }
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (html.charAt(i) == '\n') {
                line++;
            }
        }
        return SourcePosition.line(name, line);
    }
}
