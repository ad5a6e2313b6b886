package org.ipwp.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ipwp.content.PageType;
import org.ipwp.diag.Diagnostics;
import org.ipwp.diag.SourcePosition;
import org.ipwp.i18n.Language;

/**
 * The rules that hold between content files, checked once every page is read: where each page
 * type may live, unique chapter orders and document numbers, a letter's zh/en agreement, its
 * attachments, and the same section ids in both languages.
 */
final class ContentRules {

    private final Diagnostics diagnostics;

    ContentRules(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    PageKind kindOf(PageType type, SourceFile file) {
        String key = file.key();
        SourcePosition at = SourcePosition.file(file.sourceName());
        switch (type) {
            case HOME -> {
                if (key.isEmpty()) {
                    return PageKind.HOME;
                }
            }
            case CONTENTS -> {
                if (key.equals("whitepaper")) {
                    return PageKind.CONTENTS;
                }
            }
            case CHAPTER -> {
                if (key.matches("whitepaper/[^/]+") && !key.equals("whitepaper/all")) {
                    return PageKind.CHAPTER;
                }
            }
            case LETTER -> {
                if (key.matches("letters/[0-9]{4}/[a-z0-9]+(-[a-z0-9]+)*")) {
                    return PageKind.LETTER;
                }
            }
            case PAGE -> {
                if (!key.isEmpty() && !key.startsWith("letters") && !key.startsWith("whitepaper")
                        && !key.equals("data") && !key.startsWith("data/")) {
                    return PageKind.PAGE;
                }
            }
        }
        diagnostics.error("content.misplaced", at, switch (type) {
            case HOME -> "type=home belongs in content/<lang>/index.adoc";
            case CONTENTS -> "type=contents belongs in content/<lang>/whitepaper/index.adoc";
            case CHAPTER -> "chapters belong in content/<lang>/whitepaper/<name>.adoc ('all' is reserved)";
            case LETTER -> "letters belong in content/<lang>/letters/<year>/<name>.adoc with a lower-case name";
            case PAGE -> "a page cannot be the home page or sit under letters/, whitepaper/ or data/ (generated from data/)";
        });
        return null;
    }

    void checkChapters(List<Page> written) {
        for (Language language : Language.values()) {
            Map<Integer, Page> byOrder = new TreeMap<>();
            for (Page page : written) {
                if (page.language() == language && page.kind() == PageKind.CHAPTER) {
                    Page previous = byOrder.putIfAbsent(page.order(), page);
                    if (previous != null) {
                        diagnostics.error("meta.duplicate-order", SourcePosition.file(page.sourceName()),
                                "order=" + page.order() + " is also used by " + previous.sourceName());
                    }
                }
            }
        }
    }

    void checkLetters(List<Page> written) {
        for (Language language : Language.values()) {
            Map<String, Page> byNumber = new TreeMap<>();
            for (Page page : written) {
                if (page.language() == language && page.kind() == PageKind.LETTER) {
                    Page previous = byNumber.putIfAbsent(page.letter().documentNumber().toString(), page);
                    if (previous != null) {
                        diagnostics.error("letter.duplicate-number", SourcePosition.file(page.sourceName()),
                                "document number " + page.letter().documentNumber() + " is also used by " + previous.sourceName());
                    }
                }
            }
        }
        for (Page page : written) {
            if (page.kind() == PageKind.LETTER && page.language() == Language.EN) {
                written.stream().filter(p -> p.language() == Language.ZH && p.key().equals(page.key())).findFirst()
                        .filter(zh -> !zh.letter().documentNumber().equals(page.letter().documentNumber()))
                        .ifPresent(zh -> diagnostics.error("i18n.letter-mismatch", SourcePosition.file(page.sourceName()),
                                "docNumber differs from " + zh.sourceName() + " (" + zh.letter().documentNumber() + ")"));
            }
        }
    }

    /**
     * Every attachment a letter declares must be in its folder, and every file in a published
     * letter's folder must be declared (nothing is published by accident). Returns the files to publish.
     */
    List<AttachmentFile> checkAttachments(List<Page> written, List<AttachmentFile> files) {
        List<AttachmentFile> published = new ArrayList<>();
        for (Page page : written) {
            if (page.kind() != PageKind.LETTER) {
                continue;
            }
            for (String name : page.letter().attachments()) {
                files.stream().filter(f -> f.language() == page.language() && f.letterKey().equals(page.key())
                        && f.fileName().equals(name)).findFirst().ifPresentOrElse(published::add,
                        () -> diagnostics.error("letter.attachment-missing", SourcePosition.file(page.sourceName()),
                                "attachment '" + name + "' is not in content/" + page.language().code() + "/" + page.key()
                                        + "/; put the file there or remove it from attachments="));
            }
        }
        for (AttachmentFile file : files) {
            boolean letterPublished = written.stream().anyMatch(p -> p.kind() == PageKind.LETTER
                    && p.language() == file.language() && p.key().equals(file.letterKey()));
            if (letterPublished && !published.contains(file)) {
                diagnostics.error("letter.attachment-undeclared", SourcePosition.file(file.sourceName()),
                        "is in the letter's attachment folder but not in its attachments= header; declare it or move it away");
            }
        }
        return published;
    }

    void compareSections(Page zh, Page en) {
        if (zh.body() == null || en.body() == null) {
            return;
        }
        List<String> zhIds = zh.body().sections().stream().map(org.ipwp.content.Section::id).toList();
        List<String> enIds = en.body().sections().stream().map(org.ipwp.content.Section::id).toList();
        if (!zhIds.equals(enIds)) {
            diagnostics.error("i18n.section-mismatch", SourcePosition.file(en.sourceName()),
                    "section ids " + enIds + " differ from " + zh.sourceName() + " " + zhIds
                            + "; give both languages the same [#id] lines so links and the contents match");
        }
    }
}
