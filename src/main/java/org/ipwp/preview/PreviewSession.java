package org.ipwp.preview;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.ipwp.diag.Diagnostic;
import org.ipwp.diag.SiteException;
import org.ipwp.diag.SourcePosition;
import org.ipwp.site.BuildOptions;
import org.ipwp.site.BuildReport;
import org.ipwp.site.SiteBuilder;

/**
 * A running preview: the first build, the server and the watcher, and the rebuild on each change.
 *
 * <p>Every change triggers a full build through {@link SiteBuilder} (incremental rebuilds are
 * future work). A failed build publishes nothing, so the last good site stays on disk while the
 * server shows the diagnostics instead of every HTML page until the next good build.
 */
public final class PreviewSession implements AutoCloseable {

    /** Quiet period that ends a burst of file events. */
    static final long QUIET_MILLIS = 100;

    private final PreviewConfig config;
    private final PrintStream out;
    private final PrintStream err;
    private final LiveReload liveReload = new LiveReload();
    private final AtomicReference<BuildStatus> status = new AtomicReference<>();
    private final Object buildLock = new Object();
    private PreviewServer server;
    private SiteWatcher watcher;

    private PreviewSession(PreviewConfig config, PrintStream out, PrintStream err) {
        this.config = config;
        this.out = out;
        this.err = err;
    }

    /** Builds once, then serves and watches; a broken first build still starts (showing the error page). */
    public static PreviewSession start(PreviewConfig config, PrintStream out, PrintStream err) throws IOException {
        PreviewSession session = new PreviewSession(config, out, err);
        session.rebuild();
        session.watcher = new SiteWatcher(config.source(), QUIET_MILLIS, session::rebuild, err);
        try {
            session.server = PreviewServer.start(config.host(), config.port(), config.output(), session.status::get,
                    session.liveReload);
        } catch (IOException e) {
            session.watcher.close();
            throw e;
        }
        session.watcher.start();
        return session;
    }

    /** Rebuilds the whole site, records the outcome, prints it and tells open tabs to reload. */
    BuildStatus rebuild() {
        synchronized (buildLock) {
            long generation = status.get() == null ? 1 : status.get().generation() + 1;
            long started = System.nanoTime();
            List<Diagnostic> problems;
            try {
                BuildReport report = new SiteBuilder(new BuildOptions(config.source(), config.output(), null,
                        config.drafts(), false)).build();
                report.warnings().forEach(w -> err.println(w.format()));
                problems = List.of();
                out.println(report.summary() + " in " + millisSince(started) + " ms " + report.phaseMillis());
            } catch (SiteException e) {
                problems = e.diagnostics().isEmpty()
                        ? List.of(Diagnostic.error("build.failed", SourcePosition.file("."), e.getMessage()))
                        : e.diagnostics();
            } catch (RuntimeException e) {
                // Whatever the builder throws, the preview keeps running and shows it.
                problems = List.of(Diagnostic.error("internal-error", SourcePosition.file("."), e.toString()));
            }
            if (!problems.isEmpty()) {
                problems.forEach(p -> err.println(p.format()));
                err.println("build failed (" + problems.size() + " problems); still serving the last good site");
            }
            BuildStatus next = new BuildStatus(generation, problems, millisSince(started));
            status.set(next);
            liveReload.reload(generation);
            return next;
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    public BuildStatus status() {
        return status.get();
    }

    public int port() {
        return server.port();
    }

    /** The address to open, e.g. {@code http://127.0.0.1:8080/}. */
    public String url() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + host + ":" + port() + "/";
    }

    int liveClients() {
        return liveReload.clientCount();
    }

    /** Stops the watcher first (no rebuild starts after this), then the server. */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        if (server != null) {
            server.stop();
        }
    }
}
