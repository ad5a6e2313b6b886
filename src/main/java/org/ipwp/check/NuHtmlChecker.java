package org.ipwp.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipwp.diag.Diagnostics;
import org.ipwp.diag.SourcePosition;

/**
 * Runs the Nu Html Checker jar (installed by {@code npm ci}, pinned in package-lock.json) on the
 * site in one process, locally, and turns each message into a diagnostic at its page and line.
 * Warnings count: the site is meant to validate cleanly.
 */
final class NuHtmlChecker {

    /** {@code "file:/…/zh/index.html":12.3-12.9: error: message} (vnu's GNU format). */
    private static final Pattern LINE = Pattern.compile("^\"file:(.*?)\":(\\d+)(?:\\.(\\d+))?[^:]*: (?:info )?(error|warning|info warning|fatal)?:? ?(.*)$");

    private final Path jar;
    private final Diagnostics diagnostics;

    NuHtmlChecker(Path jar, Diagnostics diagnostics) {
        this.jar = jar;
        this.diagnostics = diagnostics;
    }

    void check(Path site) throws IOException {
        if (!Files.isRegularFile(jar)) {
            diagnostics.error("html.checker-missing", SourcePosition.file(jar.toString()),
                    "the Nu Html Checker is not installed; run 'npm ci' or pass --vnu PATH (or --no-html to skip)");
            return;
        }
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Process vnu = new ProcessBuilder(javaBin.toString(), "-jar", jar.toAbsolutePath().toString(), "--Werror",
                "--skip-non-html", "--format", "gnu", site.toAbsolutePath().toString()).redirectErrorStream(true).start();
        String report = new String(vnu.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!vnu.waitFor(10, TimeUnit.MINUTES)) {
                vnu.destroyForcibly();
                diagnostics.error("html.checker-timeout", SourcePosition.file(site.toString()), "the Nu Html Checker did not finish in 10 minutes");
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        Path root = site.toAbsolutePath().normalize();
        for (String line : report.lines().toList()) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            Path file = Path.of(m.group(1));
            String name = file.startsWith(root) ? "site:" + root.relativize(file).toString().replace('\\', '/') : m.group(1);
            int column = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            diagnostics.error("html.invalid", new SourcePosition(name, Integer.parseInt(m.group(2)), column), m.group(5).strip());
        }
        if (vnu.exitValue() != 0 && diagnostics.sorted().stream().noneMatch(d -> d.code().equals("html.invalid"))) {
            diagnostics.error("html.invalid", SourcePosition.file(site.toString()), "the Nu Html Checker failed: " + report.strip());
        }
    }
}
