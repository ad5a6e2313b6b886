package org.ipwp.content;

import java.util.Optional;
import java.util.Set;

/**
 * The kinds of page an editor can write; the header's {@code type}. Each kind has its own
 * template and its own allowed header keys (so a misspelt key is an error, not a silent loss).
 */
public enum PageType {
    HOME("home", Set.of()),
    PAGE("page", Set.of()),
    CONTENTS("contents", Set.of()),
    CHAPTER("chapter", Set.of("order")),
    LETTER("letter", Set.of("docNumber", "proposalNumber", "session", "kind", "deputy", "proposalTitle", "office",
            "coHandlers", "signer", "contact", "phone", "postcode", "translation"));

    /** Keys every page has. */
    public static final Set<String> COMMON_KEYS = Set.of("title", "type", "status", "date", "description");

    private final String headerName;
    private final Set<String> extraKeys;

    PageType(String headerName, Set<String> extraKeys) {
        this.headerName = headerName;
        this.extraKeys = extraKeys;
    }

    /** The value written in the header: {@code type=chapter}. */
    public String headerName() {
        return headerName;
    }

    /** Keys allowed for this type beyond {@link #COMMON_KEYS}; all are required. */
    public Set<String> extraKeys() {
        return extraKeys;
    }

    public static Optional<PageType> ofHeaderName(String name) {
        for (PageType type : values()) {
            if (type.headerName.equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
