package org.ipwp.site;

import java.time.LocalDate;
import org.ipwp.content.ConvertedBody;
import org.ipwp.i18n.Language;
import org.ipwp.letters.ReplyLetter;

/**
 * One page of the built site in one language.
 *
 * @param key         language-independent key; the counterpart page has the same key
 * @param language    the page's language
 * @param kind        which template renders it
 * @param sourceName  the content file, or {@code null} for generated pages
 * @param title       title in the page's language
 * @param description summary for the description meta tag
 * @param date        publication date
 * @param order       chapter number, 0 for other pages
 * @param draft       a draft shown by {@code --drafts}
 * @param body        converted body, or {@code null} for generated pages
 * @param letter      letter metadata for letter pages, else {@code null}
 */
public record Page(String key, Language language, PageKind kind, String sourceName, String title, String description,
                   LocalDate date, int order, boolean draft, ConvertedBody body, ReplyLetter letter) {

    /** The page's URL path relative to the site root, always a folder: {@code zh/whitepaper/02-management/}. */
    public String url() {
        return urlOf(language, key);
    }

    /** The URL path of the page with {@code key} in {@code language}. */
    public static String urlOf(Language language, String key) {
        return key.isEmpty() ? language.code() + "/" : language.code() + "/" + key + "/";
    }

    /** This page without its body: what other pages and the site checks read of it. */
    public Page withoutBody() {
        return new Page(key, language, kind, sourceName, title, description, date, order, draft, null, letter);
    }
}
