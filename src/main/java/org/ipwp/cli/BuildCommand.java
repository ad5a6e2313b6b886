package org.ipwp.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ipwp.diag.Diagnostic;
import org.ipwp.diag.ExitCode;
import org.ipwp.diag.SiteException;
import org.ipwp.site.BuildOptions;
import org.ipwp.site.BuildReport;
import org.ipwp.site.SiteBuilder;

/** {@code build}: parses options, runs {@link SiteBuilder}, prints diagnostics and the summary. */
final class BuildCommand {

    private final PrintStream out;
    private final PrintStream err;

    BuildCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        BuildOptions options;
        try {
            options = parse(args);
        } catch (UsageException e) {
            return UsageException.report(err, "ipwp build", e.getMessage());
        }
        try {
            BuildReport report = new SiteBuilder(options).build();
            report.warnings().forEach(w -> err.println(w.format()));
            if (!report.ignoredFiles().isEmpty()) {
                out.println("ignored hidden files: " + String.join(", ", report.ignoredFiles()));
            }
            out.println(report.summary() + " -> " + options.output());
            out.println("phases (ms): " + report.phaseMillis() + ShortRunJvm.note());
            return ExitCode.OK.code();
        } catch (SiteException e) {
            for (Diagnostic diagnostic : e.diagnostics()) {
                err.println(diagnostic.format());
            }
            err.println("build failed (" + e.diagnostics().size() + " problems); the previous output in "
                    + options.output() + " is unchanged");
            return e.exitCode().code();
        } catch (RuntimeException e) {
            err.println("ipwp: internal error: " + e);
            e.printStackTrace(err);
            return ExitCode.IO_ERROR.code();
        }
    }

    private static BuildOptions parse(String[] args) throws UsageException {
        Path source = Path.of("");
        Path output = Path.of("target", "site");
        String baseUrl = null;
        boolean drafts = false;
        boolean strict = false;
        Path cache = Path.of("target", "ipwp-cache");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--source" -> source = Path.of(UsageException.optionValue(args, ++i, arg));
                case "--out" -> output = Path.of(UsageException.optionValue(args, ++i, arg));
                case "--base-url" -> baseUrl = UsageException.optionValue(args, ++i, arg);
                case "--drafts" -> drafts = true;
                case "--strict" -> strict = true;
                case "--cache" -> cache = Path.of(UsageException.optionValue(args, ++i, arg));
                case "--no-cache" -> cache = null;
                default -> throw new UsageException("unknown option '" + arg + "'");
            }
        }
        source = source.toAbsolutePath().normalize();
        if (!Files.isDirectory(source)) {
            throw new UsageException("--source " + source + " is not a folder");
        }
        Path absoluteOutput = output.toAbsolutePath().normalize();
        if (source.startsWith(absoluteOutput) || absoluteOutput.startsWith(source.resolve("content"))
                || absoluteOutput.equals(source)) {
            throw new UsageException("--out " + output + " must not contain the site or be inside content/");
        }
        Path absoluteCache = cache == null ? null : cache.toAbsolutePath().normalize();
        if (absoluteCache != null && (absoluteCache.startsWith(absoluteOutput) || absoluteCache.startsWith(source.resolve("content")))) {
            // The output is replaced as a whole and content/ is scanned: the cache would vanish or be read as content.
            throw new UsageException("--cache " + cache + " must not be inside --out or content/");
        }
        return new BuildOptions(source, absoluteOutput, baseUrl, drafts, strict, absoluteCache);
    }
}
