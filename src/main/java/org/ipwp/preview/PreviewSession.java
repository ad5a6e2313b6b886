package org.ipwp.preview;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.ipwp.content.AsciidoctorEngine;
import org.ipwp.content.AsciidoctorStarter;
import org.ipwp.diag.Diagnostic;
import org.ipwp.diag.SiteException;
import org.ipwp.diag.SourcePosition;
import org.ipwp.site.BuildOptions;
import org.ipwp.site.BuildReport;
import org.ipwp.site.BuiltSite;
import org.ipwp.site.IncrementalRebuild;
import org.ipwp.site.SiteBuilder;

/**
 * A running preview: the first build, the server and the watcher, and the rebuild on each change.
 *
 * <p>Each burst of changes is applied incrementally when it only edits content pages in place
 * ({@link IncrementalRebuild}: the edited pages and what prints their bodies are rendered again,
 * checked and written over the served files), and by a full {@link SiteBuilder} build otherwise.
 * The session keeps the last good build's state for that, and the paths changed since it: a burst
 * that fails is applied again, with the next one, until a build succeeds. Full builds stay cheap
 * too: they share one conversion cache, and one Asciidoctor engine lives as long as the session,
 * so JRuby starts once (in the background, while the first build loads its inputs). A failed build
 * publishes nothing, so the last good site stays on disk while the server shows the diagnostics
 * instead of every HTML page until the next good build.
 */
public final class PreviewSession implements AutoCloseable {

    /** Quiet period that ends a burst of file events. */
    static final long QUIET_MILLIS = 100;

    /** The conversion cache's folder name, next to (never inside) the served output folder. */
    static final String CACHE_FOLDER = "ipwp-preview-cache";

    private final PreviewConfig config;
    private final PrintStream out;
    private final PrintStream err;
    private final LiveReload liveReload = new LiveReload();
    private final AtomicReference<BuildStatus> status = new AtomicReference<>();
    private final Object buildLock = new Object();
    private final Path cache;
    private final AsciidoctorStarter starter = AsciidoctorStarter.start();
    private AsciidoctorEngine engine;
    private int enginesCreated;
    /** The last good build, while edits can still be applied to it; {@code null}: the next build is full. */
    private BuiltSite site;
    /** Paths changed since the last good build. */
    private final Set<Path> changedSinceGood = new TreeSet<>();
    private boolean eventsLost;
    private boolean closed;
    private PreviewServer server;
    private SiteWatcher watcher;

    private PreviewSession(PreviewConfig config, PrintStream out, PrintStream err) {
        this.config = config;
        this.out = out;
        this.err = err;
        this.cache = cacheFolder(config);
    }

    /**
     * Next to the output folder: inside it, the cache would be served and replaced by every build;
     * inside {@code content/} it would be read as content. {@code null} (no cache) when there is no
     * such place.
     */
    static Path cacheFolder(PreviewConfig config) {
        Path output = config.output().toAbsolutePath().normalize();
        Path content = config.source().toAbsolutePath().normalize().resolve("content");
        if (output.getParent() == null) {
            return null;
        }
        Path cache = output.resolveSibling(CACHE_FOLDER);
        return cache.startsWith(output) || cache.startsWith(content) ? null : cache;
    }

    /**
     * The session's one engine, created on the first conversion of the first build that needs one.
     * Only builds call this, and they hold {@link #buildLock}.
     */
    private AsciidoctorEngine engine() {
        if (closed) {
            throw new IllegalStateException("the preview is closed");
        }
        if (engine == null) {
            engine = new AsciidoctorEngine(starter.take());
            enginesCreated++;
        }
        return engine;
    }

    /** How many Asciidoctor engines this session created: at most one. */
    int enginesCreated() {
        synchronized (buildLock) {
            return enginesCreated;
        }
    }

    /** Builds once, then serves and watches; a broken first build still starts (showing the error page). */
    public static PreviewSession start(PreviewConfig config, PrintStream out, PrintStream err) throws IOException {
        PreviewSession session = new PreviewSession(config, out, err);
        try {
            session.rebuild(new SiteWatcher.Changes(Set.of(), false));
            session.watcher = new SiteWatcher(config.source(), QUIET_MILLIS, session::rebuild, err);
            session.server = PreviewServer.start(config.host(), config.port(), config.output(), session.status::get,
                    session.liveReload);
        } catch (IOException | RuntimeException e) {
            // Nothing may outlive a failed start: the watcher, the server or the JRuby runtime.
            session.close();
            throw e;
        }
        session.watcher.start();
        return session;
    }

    /**
     * Applies a burst of changes (with those of earlier bursts that failed), incrementally when it
     * can, records the outcome, prints it and tells open tabs to reload.
     */
    BuildStatus rebuild(SiteWatcher.Changes changes) {
        synchronized (buildLock) {
            long generation = status.get() == null ? 1 : status.get().generation() + 1;
            long started = System.nanoTime();
            changedSinceGood.addAll(changes.paths());
            eventsLost |= changes.overflow();
            BuildStatus.Kind kind = BuildStatus.Kind.FULL;
            int pagesRendered = 0;
            List<Diagnostic> problems;
            try {
                IncrementalRebuild.Outcome outcome = incrementally();
                if (outcome instanceof IncrementalRebuild.Applied applied) {
                    kind = BuildStatus.Kind.INCREMENTAL;
                    pagesRendered = applied.rendered().size();
                    site = applied.site();
                    applied.warnings().forEach(w -> err.println(w.format()));
                    out.println("rebuilt " + pagesRendered + " pages (incremental) in " + millisSince(started) + " ms: "
                            + String.join(", ", applied.edited()) + "; converted " + applied.converted() + " of "
                            + applied.edited().size() + " bodies; " + applied.written() + " files written "
                            + applied.phaseMillis());
                } else {
                    if (outcome instanceof IncrementalRebuild.FullBuildNeeded full) {
                        out.println("full rebuild: " + full.reason());
                    }
                    // The state may be half updated now, and is stale anyway once the full build runs.
                    site = null;
                    SiteBuilder builder = new SiteBuilder(new BuildOptions(config.source(), config.output(), null,
                            config.drafts(), false, cache), this::engine);
                    BuildReport report = builder.build();
                    site = builder.built();
                    pagesRendered = report.pages();
                    report.warnings().forEach(w -> err.println(w.format()));
                    out.println(report.summary() + " in " + millisSince(started) + " ms " + report.phaseMillis());
                }
                changedSinceGood.clear();
                eventsLost = false;
                problems = List.of();
            } catch (SiteException e) {
                kind = site == null ? BuildStatus.Kind.FULL : BuildStatus.Kind.INCREMENTAL;
                problems = e.diagnostics().isEmpty()
                        ? List.of(Diagnostic.error("build.failed", SourcePosition.file("."), e.getMessage()))
                        : e.diagnostics();
            } catch (RuntimeException e) {
                // Whatever the builder throws, the preview keeps running and shows it; the next build is full.
                site = null;
                problems = List.of(Diagnostic.error("internal-error", SourcePosition.file("."), e.toString()));
            }
            if (!problems.isEmpty()) {
                problems.forEach(p -> err.println(p.format()));
                err.println("build failed (" + problems.size() + " problems); still serving the last good site");
            }
            BuildStatus next = new BuildStatus(generation, problems, millisSince(started), kind, pagesRendered);
            status.set(next);
            liveReload.reload(generation);
            return next;
        }
    }

    /**
     * Applies the changes since the last good build to it, if there is one ({@code null} when
     * there is not: the first build, or after a full build failed); or says why a full build is needed.
     */
    private IncrementalRebuild.Outcome incrementally() {
        if (site == null) {
            return null;
        }
        if (eventsLost) {
            return new IncrementalRebuild.FullBuildNeeded("the file watcher lost events");
        }
        try {
            return new IncrementalRebuild(site, this::engine).apply(changedSinceGood);
        } catch (SiteException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // A file gone while being read, a failed write, a bug: a full build puts everything right.
            return new IncrementalRebuild.FullBuildNeeded("the incremental rebuild failed (" + e + ")");
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

    /**
     * Stops the watcher first (no rebuild starts after this), then the server, then Asciidoctor
     * (after any build in progress, which holds the lock).
     */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        if (server != null) {
            server.stop();
        }
        synchronized (buildLock) {
            closed = true;
            starter.close();
            if (engine != null) {
                engine.close();
                engine = null;
            }
        }
    }
}
