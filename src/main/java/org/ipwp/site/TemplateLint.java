package org.ipwp.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ipwp.diag.Diagnostics;
import org.ipwp.diag.SourcePosition;

/**
 * Templates print data only escaped ({@code th:text}, {@code [[…]]}). Unescaped output
 * ({@code th:utext}, {@code [(…)]}) is allowed only for HTML that the build itself produced and
 * escaped: a page's rendered body, a dataset's table and chart, and its JSON-LD. Anything else is
 * {@code tpl.unescaped-output} at the template's line and column.
 */
final class TemplateLint {

    /** The model methods whose result is HTML the build rendered (cells and titles escaped inside). */
    private static final Set<String> RENDERED_HTML = Set.of("bodyHtml()", "tableHtml()", "chartHtml()", "jsonLd()");
    private static final Pattern UTEXT = Pattern.compile("th:utext\\s*=\\s*\"\\$\\{([^}\"]*)}\"|th:utext\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern INLINE_UNESCAPED = Pattern.compile("\\[\\((.*?)\\)]");

    private TemplateLint() {
    }

    static void check(Path templates, Diagnostics diagnostics) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(templates)) {
            files = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path file : files) {
            String name = "templates/" + templates.relativize(file).toString().replace('\\', '/');
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                Matcher utext = UTEXT.matcher(line);
                while (utext.find()) {
                    String expression = utext.group(1) != null ? utext.group(1) : utext.group(2);
                    if (!rendered(expression)) {
                        report(diagnostics, name, i + 1, utext.start() + 1, "th:utext=\"" + (utext.group(1) != null ? "${" + expression + "}" : expression) + "\"");
                    }
                }
                Matcher inline = INLINE_UNESCAPED.matcher(line);
                while (inline.find()) {
                    String expression = inline.group(1).strip();
                    String inner = expression.startsWith("${") && expression.endsWith("}") ? expression.substring(2, expression.length() - 1) : expression;
                    if (!rendered(inner)) {
                        report(diagnostics, name, i + 1, inline.start() + 1, inline.group());
                    }
                }
            }
        }
    }

    private static boolean rendered(String expression) {
        String e = expression.strip();
        return e.matches("[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*\\(\\))*") && RENDERED_HTML.stream().anyMatch(e::endsWith);
    }

    private static void report(Diagnostics diagnostics, String name, int line, int column, String construct) {
        diagnostics.error("tpl.unescaped-output", new SourcePosition(name, line, column),
                construct + " prints data unescaped; use th:text or [[...]] (unescaped output is only for rendered"
                        + " bodies, tables and charts: bodyHtml(), tableHtml(), chartHtml(), jsonLd())");
    }
}
