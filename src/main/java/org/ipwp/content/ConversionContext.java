package org.ipwp.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipwp.data.DatasetCatalog;
import org.asciidoctor.ast.ContentNode;
import org.jsoup.Jsoup;
import org.ipwp.diag.Diagnostics;
import org.ipwp.diag.SourcePosition;
import org.ipwp.i18n.Messages;

/**
 * The state of one conversion in progress (one per converting thread), read by the AsciidoctorJ extensions and the log
 * handler (which AsciidoctorJ constructs once per Asciidoctor instance, not per document).
 */
final class ConversionContext {

    private final ConversionRequest request;
    private final Diagnostics diagnostics;
    private final DatasetCatalog datasets;
    private final Messages messages;
    private final Path contentRoot;
    private final List<Quotation> quotations = new ArrayList<>();
    private final List<String> shown = new ArrayList<>();
    private final Map<String, String> sectionTitles = new HashMap<>();
    private int lastBlockMacroLine;

    /**
     * @param datasets    the build's catalogue, and
     * @param messages    the build's message bundles: both change between preview builds, while the
     *                    Asciidoctor instance and its extensions may outlive the build
     * @param contentRoot the content folder, for naming included files in diagnostics
     */
    ConversionContext(ConversionRequest request, Diagnostics diagnostics, DatasetCatalog datasets, Messages messages,
                      Path contentRoot) {
        this.request = request;
        this.diagnostics = diagnostics;
        this.datasets = datasets;
        this.messages = messages;
        this.contentRoot = contentRoot;
    }

    ConversionRequest request() {
        return request;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    DatasetCatalog datasets() {
        return datasets;
    }

    Messages messages() {
        return messages;
    }

    Path contentRoot() {
        return contentRoot;
    }

    /** Records that {@code node} (a block, or the block holding an inline macro) quotes rows of a dataset. */
    void quoted(String datasetId, List<String> rowKeys, ContentNode node) {
        ContentNode at = node;
        while (at != null && !(at instanceof org.asciidoctor.ast.Section)) {
            at = at.getParent();
        }
        String sectionId = at instanceof org.asciidoctor.ast.Section section ? section.getId() : null;
        String sectionTitle = null;
        if (at instanceof org.asciidoctor.ast.Section section) {
            // A section's title as text, parsed once per section: a page quotes many rows under one heading.
            sectionTitle = sectionId == null ? titleText(section)
                    : sectionTitles.computeIfAbsent(sectionId, id -> titleText(section));
        }
        for (String rowKey : rowKeys) {
            quotations.add(new Quotation(datasetId, rowKey, sectionId, sectionTitle));
        }
    }

    private static String titleText(org.asciidoctor.ast.Section section) {
        return Jsoup.parse(section.getTitle()).text();
    }

    List<Quotation> quotations() {
        return quotations;
    }

    /** Records an {@code indicator::} block; returns how many blocks of this dataset came before. */
    int shown(String datasetId) {
        int before = (int) shown.stream().filter(datasetId::equals).count();
        shown.add(datasetId);
        return before;
    }

    List<String> shown() {
        return shown;
    }

    /**
     * The position of {@code needle} in the source, searching from {@code fromLine} (the enclosing
     * block's first line) so that a macro inside a paragraph is reported at its own line and column.
     */
    SourcePosition find(String needle, int fromLine) {
        List<String> lines = request.lines();
        for (int i = Math.max(fromLine, 1) - 1; i < lines.size(); i++) {
            int column = lines.get(i).indexOf(needle);
            if (column >= 0) {
                return new SourcePosition(request.sourceName(), i + 1, column + 1);
            }
        }
        return SourcePosition.line(request.sourceName(), Math.max(fromLine, 0));
    }

    /**
     * The position of a block macro: as {@link #find}, but after the block macro found before it.
     * Block macros are processed in source order, and the enclosing block (a section) may hold
     * several that start alike, such as two {@code indicator::ip-finance[} blocks.
     */
    SourcePosition findBlockMacro(String needle, int fromLine) {
        SourcePosition at = find(needle, Math.max(fromLine, lastBlockMacroLine + 1));
        if (at.column() > 0) {
            lastBlockMacroLine = at.line();
        }
        return at;
    }
}
