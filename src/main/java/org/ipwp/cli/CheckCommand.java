package org.ipwp.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ipwp.check.SiteCheck;
import org.ipwp.diag.Diagnostic;
import org.ipwp.diag.ExitCode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** {@code ipwp check [--site DIR] [--base-url URL] [--vnu JAR | --no-html] [--budget-kb N]}. */
final class CheckCommand {

    static final Path DEFAULT_VNU = Path.of("node_modules/vnu-jar/build/dist/vnu.jar");

    private final PrintStream out;
    private final PrintStream err;

    CheckCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        Path site = Path.of("target/site");
        String baseUrl = null;
        Path vnu = DEFAULT_VNU;
        long budgetKb = 300;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--site" -> site = Path.of(UsageException.optionValue(args, ++i, "--site"));
                    case "--base-url" -> baseUrl = UsageException.optionValue(args, ++i, "--base-url");
                    case "--vnu" -> vnu = Path.of(UsageException.optionValue(args, ++i, "--vnu"));
                    case "--no-html" -> vnu = null;
                    case "--budget-kb" -> budgetKb = Long.parseLong(UsageException.optionValue(args, ++i, "--budget-kb"));
                    default -> throw new UsageException("unknown option '" + args[i] + "'");
                }
            }
            if (!Files.isRegularFile(site.resolve("index.html"))) {
                throw new UsageException("--site " + site + " is not a built site (no index.html); run build first");
            }
            URI base = baseUrl != null ? parse(baseUrl) : baseUrlOf(site);
            SiteCheck.Result result = new SiteCheck(site, base, vnu, budgetKb * 1024).run();
            for (Diagnostic finding : result.findings()) {
                err.println(finding.format());
            }
            out.println("checked " + result.pages() + " pages, " + result.links() + " links, " + result.datasets()
                    + " datasets, " + result.letters() + " letters; findings: "
                    + (result.findings().isEmpty() ? "none" : result.byKind().toString()));
            return result.findings().isEmpty() ? ExitCode.OK.code() : ExitCode.CONTENT_ERROR.code();
        } catch (UsageException | NumberFormatException e) {
            return UsageException.report(err, "ipwp check", e.getMessage());
        } catch (IOException e) {
            err.println("ipwp check: " + e);
            return ExitCode.IO_ERROR.code();
        }
    }

    /** The base URL the site was built for, from the canonical link of its Chinese home page. */
    private static URI baseUrlOf(Path site) throws IOException, UsageException {
        Path home = site.resolve("zh/index.html");
        if (Files.isRegularFile(home)) {
            Element canonical = Jsoup.parse(Files.readString(home, StandardCharsets.UTF_8)).selectFirst("link[rel=canonical]");
            if (canonical != null && canonical.attr("href").endsWith("/zh/")) {
                String href = canonical.attr("href");
                return parse(href.substring(0, href.length() - "zh/".length()));
            }
        }
        throw new UsageException("cannot tell the site's base URL from zh/index.html; pass --base-url");
    }

    private static URI parse(String text) throws UsageException {
        try {
            URI uri = new URI(text);
            if (!uri.isAbsolute() || !text.endsWith("/")) {
                throw new UsageException("--base-url must be absolute and end with '/': " + text);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new UsageException("--base-url is not a URL: " + text);
        }
    }
}
