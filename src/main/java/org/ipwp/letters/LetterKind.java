package org.ipwp.letters;

import java.util.Optional;

/** Whether the letter answers a people's-congress deputy's suggestion or a CPPCC member's proposal. */
public enum LetterKind {
    /** 人大建议. */
    NPC_SUGGESTION("npc-suggestion"),
    /** 政协提案. */
    CPPCC_PROPOSAL("cppcc-proposal");

    private final String code;

    LetterKind(String code) {
        this.code = code;
    }

    /** The header value and the message-key suffix ({@code letter.kind.<code>}). */
    public String code() {
        return code;
    }

    public static Optional<LetterKind> ofCode(String code) {
        for (LetterKind kind : values()) {
            if (kind.code.equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
