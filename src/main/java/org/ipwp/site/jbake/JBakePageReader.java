package org.ipwp.site.jbake;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.ipwp.content.BodyConverter;
import org.ipwp.content.PageHeader;
import org.ipwp.diag.Diagnostics;
import org.ipwp.site.SourceFile;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * Reads content files through JBake's {@link org.jbake.parser.MarkupEngine} pipeline with
 * {@link PageMarkupEngine}.
 */
public final class JBakePageReader {

    private final JBakeConfiguration configuration;
    private final BodyConverter converter;

    /**
     * @param siteRoot  the site folder (JBake reads its {@code jbake.properties} for the header
     *                  separator and encoding; our own keys there are ignored by JBake)
     * @param converter the build's AsciiDoc converter (possibly cached)
     */
    public JBakePageReader(Path siteRoot, Path stagingFolder, BodyConverter converter) {
        this.configuration = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(siteRoot.toFile(), stagingFolder.toFile(), false);
        this.converter = converter;
    }

    /**
     * Reads one file.
     *
     * @param convertBody whether to convert the body of a page with this header (drafts are not
     *                    converted unless shown)
     * @return the page, or {@code null} when its header is invalid (already reported)
     */
    public ParsedPage read(SourceFile file, Diagnostics diagnostics, Predicate<PageHeader> convertBody) {
        PageMarkupEngine engine = new PageMarkupEngine(file, converter, diagnostics, convertBody);
        engine.parse(configuration, file.path().toFile());
        return engine.result();
    }
}
