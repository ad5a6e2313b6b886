package org.ipwp.site;

/** Which template renders a page; pages written by editors and pages the build generates. */
public enum PageKind {
    HOME("home"),
    PAGE("page"),
    CONTENTS("contents"),
    CHAPTER("chapter"),
    LETTER("letter"),
    LETTER_ARCHIVE("letters"),
    LETTER_YEAR("letters"),
    WHITEPAPER_ALL("whitepaper-all"),
    DATA_CATALOG("data-catalog"),
    DATASET("dataset"),
    OTHER_LANGUAGE_ONLY("other-language-only"),
    SEARCH("search");

    private final String template;

    PageKind(String template) {
        this.template = template;
    }

    /** The template file name under {@code templates/}, without {@code .html}. */
    public String template() {
        return template;
    }
}
