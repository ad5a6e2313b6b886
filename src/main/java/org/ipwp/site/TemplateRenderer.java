package org.ipwp.site;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.ipwp.diag.Diagnostic;
import org.ipwp.diag.Diagnostics;
import org.ipwp.diag.SourcePosition;
import org.ipwp.i18n.Language;
import org.ipwp.i18n.Messages;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Renders pages with the Thymeleaf templates in {@code templates/}. The locale of each rendering
 * is the page's own language (JBake's Thymeleaf engine uses one global locale for the whole
 * site). A message key missing from the bundles and a template error both become diagnostics at
 * the template's line and column.
 */
public final class TemplateRenderer {

    private final TemplateEngine engine = new TemplateEngine();
    private final Path templates;
    private final Path repoRoot;

    public TemplateRenderer(Path templates, Path repoRoot, Messages messages) {
        this.templates = templates;
        this.repoRoot = repoRoot;
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix(templates.toString() + "/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new StrictMessageResolver(messages));
    }

    /**
     * Renders {@code template} in {@code language} with {@code variables}.
     *
     * @return the HTML, or {@code null} after reporting a template error
     */
    public String render(String template, Language language, Map<String, Object> variables, Diagnostics diagnostics) {
        if (!templates.resolve(template + ".html").toFile().isFile()) {
            diagnostics.error("tpl.missing", SourcePosition.file(relative(templates.resolve(template + ".html"))),
                    "template '" + template + ".html' does not exist");
            return null;
        }
        Context context = new Context(language.locale(), variables);
        StringWriter out = new StringWriter();
        try {
            engine.process(template, context, out);
            return out.toString();
        } catch (TemplateProcessingException e) {
            String name = e.getTemplateName() == null ? template : Path.of(e.getTemplateName()).getFileName().toString();
            if (!name.endsWith(".html")) {
                name = name + ".html";
            }
            Integer line = e.getLine();
            Integer col = e.getCol();
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            String message = root == e ? e.getMessage() : root.getMessage();
            diagnostics.report(Diagnostic.error("tpl.error",
                    new SourcePosition("templates/" + name, line == null ? 0 : line, col == null ? 0 : col),
                    cleanMessage(message)));
            return null;
        }
    }

    private static String cleanMessage(String message) {
        if (message == null) {
            return "template error";
        }
        String firstLine = message.lines().findFirst().orElse(message).strip();
        int at = firstLine.indexOf(" (template:");
        return at > 0 ? firstLine.substring(0, at) : firstLine;
    }

    private String relative(Path path) {
        return repoRoot.relativize(path).toString().replace('\\', '/');
    }

    /** Resolves {@code #{key}} from our bundles; an absent key throws instead of printing ??key??. */
    private static final class StrictMessageResolver implements IMessageResolver {

        private final Messages messages;

        StrictMessageResolver(Messages messages) {
            this.messages = messages;
        }

        @Override
        public String getName() {
            return "ipwp-messages";
        }

        @Override
        public Integer getOrder() {
            return 0;
        }

        @Override
        public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
            Language language = Language.ofCode(context.getLocale().getLanguage()).orElse(Language.ZH);
            if (!messages.has(key)) {
                return null;
            }
            return messages.get(language, key, messageParameters == null ? new Object[0] : messageParameters);
        }

        @Override
        public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                        Object[] messageParameters) {
            throw new IllegalArgumentException("message key '" + key + "' is not in templates/i18n/messages_*.properties");
        }
    }
}
