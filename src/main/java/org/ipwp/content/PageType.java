package org.ipwp.content;

import java.util.Optional;
import java.util.Set;

/**
 * The kinds of page an editor can write; the header's {@code type}. Each kind has its own
 * template and its own allowed header keys (so a misspelt key is an error, not a silent loss).
 */
public enum PageType {
    HOME("home", Set.of(), Set.of()),
    PAGE("page", Set.of(), Set.of()),
    CONTENTS("contents", Set.of(), Set.of()),
    CHAPTER("chapter", Set.of("order"), Set.of()),
    LETTER("letter", Set.of("docNumber", "proposalNumber", "session", "kind", "deputy", "proposalTitle", "office",
            "coHandlers", "signer", "contact", "phone", "postcode", "translation"), Set.of("attachments"));

    /** Keys every page has. */
    public static final Set<String> COMMON_KEYS = Set.of("title", "type", "status", "date", "description");

    private final String headerName;
    private final Set<String> extraKeys;
    private final Set<String> optionalKeys;

    PageType(String headerName, Set<String> extraKeys, Set<String> optionalKeys) {
        this.headerName = headerName;
        this.extraKeys = extraKeys;
        this.optionalKeys = optionalKeys;
    }

    /** Keys of this type that may be left out (read as empty). */
    public Set<String> optionalKeys() {
        return optionalKeys;
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
