package org.ipwp.preview;

import java.util.List;
import org.ipwp.diag.Diagnostic;

/** The page shown instead of every HTML page while the latest build is broken. */
final class ErrorPage {

    private ErrorPage() {
    }

    static String render(List<Diagnostic> problems) {
        StringBuilder lines = new StringBuilder();
        for (Diagnostic problem : problems) {
            lines.append(escape(problem.format())).append('\n');
        }
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>ipwp preview: build failed</title>
                <style>
                body { font-family: system-ui, sans-serif; margin: 2rem; color: #1a1a1a; }
                h1 { color: #a40000; font-size: 1.4rem; }
                pre { background: #fff3f3; border: 1px solid #e0b4b4; padding: 1rem; white-space: pre-wrap; }
                </style>
                </head>
                <body>
                <h1>Build failed (%d problems)</h1>
                <p>The last good site is kept on disk. Fix the problem and save: this page reloads by itself.</p>
                <pre id="ipwp-diagnostics">%s</pre>
                </body>
                </html>
                """.formatted(problems.size(), lines);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
