package org.ipwp.content;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.internal.JRubyAsciidoctor;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.ipwp.diag.SourcePosition;
import org.jruby.RubyInstanceConfig;

/**
 * An Asciidoctor instance with ipwp's log handler and extensions registered exactly once. It holds
 * nothing that belongs to a build: the extensions and the log handler read the request, the
 * diagnostics, the dataset catalogue and the messages from the {@link ConversionContext} of the
 * one conversion in progress. So one engine can serve every build of a preview session and the
 * seconds JRuby takes to start are paid once, not per save.
 *
 * <p>Conversions may run on several threads at once (JRuby has no global lock, so a build converts
 * on every core). AsciidoctorJ constructs the handler and the extensions once per instance, so each
 * thread's conversion in progress is kept in a thread-local: the handler and the extensions run on
 * the converting thread and see only their own. The very first conversion runs alone, because
 * JRuby fills some internal tables lazily and without locks on first use.
 */
public final class AsciidoctorEngine implements AutoCloseable {

    private final Asciidoctor asciidoctor;
    private final ThreadLocal<ConversionContext> current = new ThreadLocal<>();
    private final Object firstUse = new Object();
    private volatile boolean warm;
    private final AtomicInteger conversions = new AtomicInteger();

    /**
     * Conversions after which JRuby's compiler is let go when {@link JRubySettings} held it back:
     * a cached rebuild converts a few bodies and gains nothing from it, a full build converts
     * hundreds. Methods count their calls meanwhile, so the hot ones compile at once.
     */
    static final int CONVERSIONS_BEFORE_JIT = 16;

    /** @param asciidoctor a fresh instance (nothing registered yet), owned from now on: {@link #close} shuts it down */
    public AsciidoctorEngine(Asciidoctor asciidoctor) {
        this.asciidoctor = asciidoctor;
        // AsciidoctorJ also prints every record through java.util.logging; our log handler already
        // turns each one into a diagnostic, so the duplicate console output is switched off.
        java.util.logging.Logger.getLogger("asciidoctor").setUseParentHandlers(false);
        asciidoctor.registerLogHandler(this::log);
        asciidoctor.javaExtensionRegistry()
                .inlineMacro(new FigureInlineMacro(this::current))
                .blockMacro(new IndicatorBlockMacro(this::current))
                .treeprocessor(new ParagraphAnchors());
    }

    /** Runs {@code work} with {@code context} visible to the extensions and the log handler. */
    <T> T convert(ConversionContext context, Function<Asciidoctor, T> work) {
        if (conversions.incrementAndGet() == CONVERSIONS_BEFORE_JIT) {
            letJitGo();
        }
        if (!warm) {
            synchronized (firstUse) {
                if (!warm) {
                    T result = convertOnThisThread(context, work);
                    warm = true;
                    return result;
                }
            }
        }
        return convertOnThisThread(context, work);
    }

    private <T> T convertOnThisThread(ConversionContext context, Function<Asciidoctor, T> work) {
        current.set(context);
        try {
            return work.apply(asciidoctor);
        } finally {
            current.remove();
        }
    }

    /** Sets JRuby's usual compile threshold if {@link JRubySettings} held it back (a threshold set by hand stays). */
    private void letJitGo() {
        if (asciidoctor instanceof JRubyAsciidoctor jruby) {
            RubyInstanceConfig config = jruby.getRubyRuntime().getInstanceConfig();
            if (config.getJitThreshold() == JRubySettings.JIT_HELD_BACK) {
                config.setJitThreshold(JRubySettings.JIT_USUAL);
            }
        }
    }

    /** JRuby's compile threshold now (for tests). */
    int jitThreshold() {
        return asciidoctor instanceof JRubyAsciidoctor jruby
                ? jruby.getRubyRuntime().getInstanceConfig().getJitThreshold() : -1;
    }

    private ConversionContext current() {
        return current.get();
    }

    private void log(LogRecord record) {
        ConversionContext conversion = current.get();
        if (conversion == null) {
            return;
        }
        Path contentRoot = conversion.contentRoot();
        String repoRoot = contentRoot.getParent().toString() + java.io.File.separator;
        String message = record.getMessage().replace(repoRoot, "");
        String code = codeOf(message);
        SourcePosition at = position(record, conversion);
        if (at.line() == 0) {
            at = locate(code, message, conversion, at);
        }
        boolean error = record.getSeverity() == Severity.ERROR || record.getSeverity() == Severity.FATAL
                || !code.equals("adoc.warning") && !code.equals("adoc.attribute-missing");
        if (record.getSeverity() == Severity.DEBUG || (record.getSeverity() == Severity.INFO && code.equals("adoc.warning"))) {
            return;
        }
        if (error) {
            conversion.diagnostics().error(code, at, message);
        } else {
            conversion.diagnostics().warning(code, at, message);
        }
    }

    private static SourcePosition position(LogRecord record, ConversionContext conversion) {
        String source = conversion.request().sourceName();
        if (record.getCursor() == null) {
            return SourcePosition.file(source);
        }
        String file = record.getCursor().getFile();
        int line = Math.max(record.getCursor().getLineNumber(), 0);
        if (file != null && !file.isEmpty() && !file.equals("<stdin>")) {
            // A line of an included file: name that file, relative to the repository.
            Path included = conversion.contentRoot().resolve(file).normalize();
            Path repoRoot = conversion.contentRoot().getParent();
            source = (included.startsWith(repoRoot) ? repoRoot.relativize(included) : included).toString().replace('\\', '/');
        }
        return SourcePosition.line(source, line);
    }

    /**
     * Asciidoctor reports some problems without a cursor (missing attributes, invalid references
     * found while converting); find the reference in the source so the editor gets a line.
     */
    private static SourcePosition locate(String code, String message, ConversionContext conversion, SourcePosition fallback) {
        String name = message.substring(message.lastIndexOf(':') + 1).strip();
        List<String> needles = switch (code) {
            case "adoc.attribute-missing" -> List.of("{" + name + "}");
            case "adoc.invalid-reference" -> List.of("<<" + name, "xref:" + name);
            default -> List.of();
        };
        for (String needle : needles) {
            SourcePosition found = conversion.find(needle, 1);
            if (found.line() > 0 && found.column() > 0) {
                return found;
            }
        }
        return fallback;
    }

    private static String codeOf(String message) {
        String m = message.toLowerCase();
        if (m.contains("include file not found") || m.contains("include file is outside") || m.contains("unresolved directive")) {
            return m.contains("outside") ? "adoc.include-outside" : "adoc.include-not-found";
        }
        if (m.contains("outside of jail") || m.contains("outside the jail")) {
            return "adoc.include-outside";
        }
        if (m.contains("maximum include depth")) {
            return "adoc.include-depth";
        }
        if (m.contains("invalid reference") || m.contains("possible invalid reference")) {
            return "adoc.invalid-reference";
        }
        if (m.contains("missing attribute")) {
            return "adoc.attribute-missing";
        }
        if (m.contains("dropping cells") || m.contains("table missing leading separator") || m.contains("unterminated table")) {
            return "adoc.table-malformed";
        }
        if (m.contains("tag") && (m.contains("unclosed") || m.contains("mismatched") || m.contains("not found"))) {
            return "adoc.include-tag";
        }
        if (m.contains("unterminated")) {
            return "adoc.unterminated-block";
        }
        return "adoc.warning";
    }

    @Override
    public void close() {
        asciidoctor.shutdown();
    }
}
