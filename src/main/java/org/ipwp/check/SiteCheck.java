package org.ipwp.check;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.ipwp.diag.Diagnostic;
import org.ipwp.diag.Diagnostics;
import org.ipwp.diag.SourcePosition;
import org.ipwp.site.LinkChecker;

/**
 * Checks a built site folder: links (through the build's own {@link LinkChecker}), counterparts,
 * page rules and, unless skipped, HTML validity.
 *
 * @param vnuJar the Nu Html Checker jar, or {@code null} to skip validation
 */
public final class SiteCheck {

    /** What was checked and what was found. */
    public record Result(int pages, int links, int datasets, int letters, List<Diagnostic> findings) {

        /** Findings counted by the first part of their code ({@code link}, {@code html}, {@code a11y}…). */
        public Map<String, Integer> byKind() {
            Map<String, Integer> kinds = new TreeMap<>();
            findings.forEach(d -> kinds.merge(d.code().substring(0, d.code().indexOf('.') < 0 ? d.code().length() : d.code().indexOf('.')), 1, Integer::sum));
            return kinds;
        }
    }

    private final Path site;
    private final URI baseUrl;
    private final Path vnuJar;
    private final long budgetBytes;

    public SiteCheck(Path site, URI baseUrl, Path vnuJar, long budgetBytes) {
        this.site = site.toAbsolutePath().normalize();
        this.baseUrl = baseUrl;
        this.vnuJar = vnuJar;
        this.budgetBytes = budgetBytes;
    }

    public Result run() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        int links = new LinkChecker(site, baseUrl, diagnostics).checkAll();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        }
        PageRules rules = new PageRules(site, budgetBytes, diagnostics);
        for (Path page : pages) {
            rules.check(page);
            checkCounterpart(page, diagnostics);
        }
        if (vnuJar != null) {
            new NuHtmlChecker(vnuJar, diagnostics).check(site);
        }
        int datasets = count(site.resolve("zh/data"), 2);
        int letters = count(site.resolve("zh/letters"), 3);
        return new Result(pages.size(), links, datasets, letters, diagnostics.sorted());
    }

    /** Every page of one language has a page at the same path in the other. */
    private void checkCounterpart(Path page, Diagnostics diagnostics) {
        Path relative = site.relativize(page);
        if (relative.getNameCount() < 2) {
            return;
        }
        String language = relative.getName(0).toString();
        String other = language.equals("zh") ? "en" : language.equals("en") ? "zh" : null;
        if (other == null) {
            return;
        }
        Path counterpart = site.resolve(other).resolve(relative.subpath(1, relative.getNameCount()).toString());
        if (!Files.isRegularFile(counterpart)) {
            diagnostics.error("i18n.missing-counterpart", SourcePosition.file("site:" + relative.toString().replace('\\', '/')),
                    "has no " + site.relativize(counterpart).toString().replace('\\', '/')
                            + "; every page needs its other-language page or an 'other language only' page");
        }
    }

    /** Index pages exactly {@code depth} folders below {@code folder}. */
    private static int count(Path folder, int depth) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(folder, depth)) {
            return (int) walk.filter(p -> p.getFileName().toString().equals("index.html"))
                    .filter(p -> folder.relativize(p).getNameCount() == depth).count();
        }
    }
}
