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
import org.ipwp.data.DatasetCatalog;
import org.ipwp.diag.Diagnostics;
import org.jsoup.Jsoup;

/**
 * Converts page bodies with AsciidoctorJ in {@link SafeMode#SAFE} with the base directory at the
 * content root (so {@code include::} cannot leave it; JBake would run UNSAFE with each file's own
 * folder), source maps on, missing attributes reported, and every Asciidoctor log record mapped to
 * a diagnostic at the file and line it names.
 *
 * <p>One converter per build; the Asciidoctor instance (an {@link AsciidoctorEngine}) is either
 * the converter's own or, in the preview, shared by every build of the session: creating the JRuby
 * runtime costs seconds. Thread-safe: several threads may convert at once, each with its own
 * {@link ConversionContext}.
 */
public final class AsciidocConverter implements BodyConverter, AutoCloseable {

    private final AsciidoctorEngine engine;
    private final boolean ownsEngine;
    private final Path contentRoot;
    private final DatasetCatalog datasets;
    private final org.ipwp.i18n.Messages messages;
    private final StrayNumberCheck strayNumbers;

    /**
     * @param asciidoctor a fresh instance (e.g. from {@link AsciidoctorStarter}), owned from now on:
     *                    {@link #close} shuts it down
     */
    public AsciidocConverter(Path contentRoot, DatasetCatalog datasets, org.ipwp.i18n.Messages messages, Asciidoctor asciidoctor) {
        this(contentRoot, datasets, messages, new AsciidoctorEngine(asciidoctor), true);
    }

    /**
     * @param engine shared with other builds and only borrowed: {@link #close} leaves it running
     */
    public AsciidocConverter(Path contentRoot, DatasetCatalog datasets, org.ipwp.i18n.Messages messages, AsciidoctorEngine engine) {
        this(contentRoot, datasets, messages, engine, false);
    }

    private AsciidocConverter(Path contentRoot, DatasetCatalog datasets, org.ipwp.i18n.Messages messages,
                              AsciidoctorEngine engine, boolean ownsEngine) {
        this.contentRoot = contentRoot;
        this.datasets = datasets;
        this.messages = messages;
        this.strayNumbers = new StrayNumberCheck(datasets.quotableValues());
        this.engine = engine;
        this.ownsEngine = ownsEngine;
    }

    @Override
    public ConvertedBody convert(ConversionRequest request, Diagnostics diagnostics) {
        ConversionContext current = new ConversionContext(request, diagnostics, datasets, messages, contentRoot);
        return engine.convert(current, asciidoctor -> {
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
        });
    }

    @Override
    public void close() {
        if (ownsEngine) {
            engine.close();
        }
    }
}
