package org.ipwp.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.ipwp.data.DatasetCatalog;
import org.ipwp.diag.Diagnostics;
import org.ipwp.diag.SourcePosition;
import org.jsoup.Jsoup;

/**
 * Converts page bodies with AsciidoctorJ in {@link SafeMode#SAFE} with the base directory at the
 * content root (so {@code include::} cannot leave it; JBake would run UNSAFE with each file's own
 * folder), source maps on, missing attributes reported, and every Asciidoctor log record mapped to
 * a diagnostic at the file and line it names.
 *
 * <p>One instance per build: creating the JRuby runtime costs seconds. Conversions are serialised
 * because the log handler and extensions read the one conversion in progress.
 */
public final class AsciidocConverter implements BodyConverter, AutoCloseable {

    private final Asciidoctor asciidoctor;
    private final Path contentRoot;
    private final DatasetCatalog datasets;
    private final StrayNumberCheck strayNumbers;
    private ConversionContext current;

    public AsciidocConverter(Path contentRoot, DatasetCatalog datasets, org.ipwp.i18n.Messages messages) {
        this(contentRoot, datasets, messages, Asciidoctor.Factory.create());
    }

    /**
     * @param asciidoctor a fresh instance (e.g. from {@link AsciidoctorStarter}), owned from now on:
     *                    {@link #close} shuts it down
     */
    public AsciidocConverter(Path contentRoot, DatasetCatalog datasets, org.ipwp.i18n.Messages messages, Asciidoctor asciidoctor) {
        this.contentRoot = contentRoot;
        this.datasets = datasets;
        this.strayNumbers = new StrayNumberCheck(datasets.quotableValues());
        this.asciidoctor = asciidoctor;
        // AsciidoctorJ also prints every record through java.util.logging; our log handler already
        // turns each one into a diagnostic, so the duplicate console output is switched off.
        java.util.logging.Logger.getLogger("asciidoctor").setUseParentHandlers(false);
        asciidoctor.registerLogHandler(this::log);
        asciidoctor.javaExtensionRegistry()
                .inlineMacro(new FigureInlineMacro(() -> current))
                .blockMacro(new IndicatorBlockMacro(() -> current, messages))
                .treeprocessor(new ParagraphAnchors());
    }

    @Override
    public synchronized ConvertedBody convert(ConversionRequest request, Diagnostics diagnostics) {
        current = new ConversionContext(request, diagnostics, datasets);
        try {
            RawHtmlCheck.check(request, diagnostics);
            String date = request.date().toString();
            Attributes attributes = Attributes.builder()
                    .attribute("attribute-missing", "warn")
                    .attribute("attribute-undefined", "drop-line")
                    .attribute("lang", request.language().htmlLang())
                    .attribute("ipwp-lang", request.language().code())
                    .attribute("ipwp-type", request.type().headerName())
                    .attribute("sectanchors", "")
                    .attribute("notitle", "")
                    // Deeply nested (or self-) includes fail early instead of expanding 64 levels.
                    .attribute("max-include-depth", "16")
                    // Dates from the header, never from the clock or the file time (reproducible output).
                    .attribute("docdate", date).attribute("localdate", date)
                    .attribute("doctime", "00:00:00+0800").attribute("localtime", "00:00:00+0800")
                    .attribute("docyear", String.valueOf(request.date().getYear()))
                    .attribute("localyear", String.valueOf(request.date().getYear()))
                    .build();
            Options options = Options.builder()
                    .safe(SafeMode.SAFE)
                    .baseDir(contentRoot.toFile())
                    .sourcemap(true)
                    .standalone(false)
                    .attributes(attributes)
                    .build();
            Document document = asciidoctor.load(request.asciidocSource(), options);
            List<Section> sections = new ArrayList<>();
            List<String> anchors = new ArrayList<>();
            for (StructuralNode node : document.findBy(Map.of("context", ":section"))) {
                sections.add(new Section(node.getId(), Jsoup.parse(node.getTitle()).text(), node.getLevel()));
            }
            for (StructuralNode node : document.findBy(Map.of())) {
                if (node.getId() != null && node != document) {
                    anchors.add(node.getId());
                }
            }
            String html = document.convert();
            if (request.type() != PageType.LETTER) {
                strayNumbers.check(html, current, diagnostics);
            }
            return new ConvertedBody(html, sections, anchors, current.quotations());
        } finally {
            current = null;
        }
    }

    private void log(LogRecord record) {
        ConversionContext conversion = current;
        if (conversion == null) {
            return;
        }
        String repoRoot = contentRoot.getParent().toString() + java.io.File.separator;
        String message = record.getMessage().replace(repoRoot, "");
        String code = codeOf(message);
        SourcePosition at = position(record, conversion);
        if (at.line() == 0) {
            at = locate(code, message, conversion, at);
        }
        boolean error = record.getSeverity() == Severity.ERROR || record.getSeverity() == Severity.FATAL
                || !code.equals("adoc.warning") && !code.equals("adoc.attribute-missing");
        if (record.getSeverity() == Severity.DEBUG || (record.getSeverity() == Severity.INFO && code.equals("adoc.warning"))) {
            return;
        }
        if (error) {
            conversion.diagnostics().error(code, at, message);
        } else {
            conversion.diagnostics().warning(code, at, message);
        }
    }

    private SourcePosition position(LogRecord record, ConversionContext conversion) {
        String source = conversion.request().sourceName();
        if (record.getCursor() == null) {
            return SourcePosition.file(source);
        }
        String file = record.getCursor().getFile();
        int line = Math.max(record.getCursor().getLineNumber(), 0);
        if (file != null && !file.isEmpty() && !file.equals("<stdin>")) {
            // A line of an included file: name that file, relative to the repository.
            Path included = contentRoot.resolve(file).normalize();
            Path repoRoot = contentRoot.getParent();
            source = (included.startsWith(repoRoot) ? repoRoot.relativize(included) : included).toString().replace('\\', '/');
        }
        return SourcePosition.line(source, line);
    }

    /**
     * Asciidoctor reports some problems without a cursor (missing attributes, invalid references
     * found while converting); find the reference in the source so the editor gets a line.
     */
    private static SourcePosition locate(String code, String message, ConversionContext conversion, SourcePosition fallback) {
        String name = message.substring(message.lastIndexOf(':') + 1).strip();
        List<String> needles = switch (code) {
            case "adoc.attribute-missing" -> List.of("{" + name + "}");
            case "adoc.invalid-reference" -> List.of("<<" + name, "xref:" + name);
            default -> List.of();
        };
        for (String needle : needles) {
            SourcePosition found = conversion.find(needle, 1);
            if (found.line() > 0 && found.column() > 0) {
                return found;
            }
        }
        return fallback;
    }

    private static String codeOf(String message) {
        String m = message.toLowerCase();
        if (m.contains("include file not found") || m.contains("include file is outside") || m.contains("unresolved directive")) {
            return m.contains("outside") ? "adoc.include-outside" : "adoc.include-not-found";
        }
        if (m.contains("outside of jail") || m.contains("outside the jail")) {
            return "adoc.include-outside";
        }
        if (m.contains("maximum include depth")) {
            return "adoc.include-depth";
        }
        if (m.contains("invalid reference") || m.contains("possible invalid reference")) {
            return "adoc.invalid-reference";
        }
        if (m.contains("missing attribute")) {
            return "adoc.attribute-missing";
        }
        if (m.contains("dropping cells") || m.contains("table missing leading separator") || m.contains("unterminated table")) {
            return "adoc.table-malformed";
        }
        if (m.contains("tag") && (m.contains("unclosed") || m.contains("mismatched") || m.contains("not found"))) {
            return "adoc.include-tag";
        }
        if (m.contains("unterminated")) {
            return "adoc.unterminated-block";
        }
        return "adoc.warning";
    }

    @Override
    public void close() {
        asciidoctor.shutdown();
    }
}
