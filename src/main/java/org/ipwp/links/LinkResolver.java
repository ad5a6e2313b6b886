package org.ipwp.links;

import org.ipwp.i18n.Language;

/**
 * Makes links from one page to another. Links are relative ({@code ../../en/about/}) so the
 * output works on any static host under any sub-path; pages that can be served at any depth
 * (the 404 page) get root-relative links under the base URL's path instead.
 */
public final class LinkResolver {

    private final String fromFolder;
    private final String basePath;
    private final Language language;

    private LinkResolver(String fromFolder, String basePath, Language language) {
        this.fromFolder = fromFolder;
        this.basePath = basePath;
        this.language = language;
    }

    /** Links from the page at site path {@code fromUrl} (a folder, e.g. {@code zh/about/}). */
    public static LinkResolver relativeFrom(String fromUrl, Language language) {
        return new LinkResolver(fromUrl, null, language);
    }

    /** Root-relative links under {@code basePath} (e.g. {@code /ipwp/}), for the 404 page. */
    public static LinkResolver rootRelative(String basePath, Language language) {
        return new LinkResolver(null, basePath, language);
    }

    /** A link to a site path such as {@code en/whitepaper/} or {@code assets/css/site.css}. */
    public String root(String sitePath) {
        if (basePath != null) {
            return basePath + sitePath;
        }
        // Shortest relative path: drop the folders both paths share, climb out of the rest.
        String[] from = fromFolder.isEmpty() ? new String[0] : fromFolder.split("/");
        String[] to = sitePath.split("/", -1);
        int common = 0;
        while (common < from.length && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder link = new StringBuilder("../".repeat(from.length - common));
        for (int i = common; i < to.length; i++) {
            link.append(to[i]);
            if (i < to.length - 1) {
                link.append('/');
            }
        }
        return link.length() == 0 ? "./" : link.toString();
    }

    /** A link to a path inside the current language: {@code to("whitepaper/")}. */
    public String to(String pathInLanguage) {
        return root(language.code() + "/" + pathInLanguage);
    }

    /** A link to a static asset: {@code asset("css/site.css")}. */
    public String asset(String assetPath) {
        return root("assets/" + assetPath);
    }
}
