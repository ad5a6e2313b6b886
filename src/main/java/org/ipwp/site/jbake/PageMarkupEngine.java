package org.ipwp.site.jbake;

import java.util.function.Predicate;
import org.ipwp.content.AsciidocConverter;
import org.ipwp.content.BodyConverter;
import org.ipwp.content.ConversionRequest;
import org.ipwp.content.ConvertedBody;
import org.ipwp.content.PageHeader;
import org.ipwp.content.PageHeaderParser;
import org.ipwp.diag.Diagnostics;
import org.ipwp.site.Page;
import org.ipwp.site.SourceFile;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

/**
 * A JBake markup engine for one content file: validates the header from the raw lines JBake
 * read, then converts the body with the build's {@link AsciidocConverter}. One instance per file,
 * so no state is shared between files.
 */
final class PageMarkupEngine extends MarkupEngine {

    private final SourceFile file;
    private final BodyConverter converter;
    private final Diagnostics diagnostics;
    private final Predicate<PageHeader> convertBody;
    private PageHeader header;
    private ConvertedBody body;

    PageMarkupEngine(SourceFile file, BodyConverter converter, Diagnostics diagnostics,
                     Predicate<PageHeader> convertBody) {
        this.file = file;
        this.converter = converter;
        this.diagnostics = diagnostics;
        this.convertBody = convertBody;
    }

    @Override
    public void processHeader(ParserContext context) {
        header = new PageHeaderParser(diagnostics).parse(context.getFileLines(), file.sourceName());
    }

    @Override
    public boolean validate(ParserContext context) {
        return header != null;
    }

    @Override
    public void processBody(ParserContext context) {
        if (!convertBody.test(header)) {
            return;
        }
        ConversionRequest request = new ConversionRequest(file.sourceName(), context.getFileLines(), header.bodyLine(),
                file.language(), header.type(), header.date(), Page.urlOf(file.language(), file.key()));
        body = converter.convert(request, diagnostics);
        context.setBody(body.html());
    }

    ParsedPage result() {
        return header == null ? null : new ParsedPage(header, body);
    }
}
