package org.ipwp.content;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.List;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.AsciidoctorJRuby;

/**
 * Creates the Asciidoctor instance (seconds of JRuby start-up) on a background thread, so that it
 * overlaps with reading the configuration, data and content index instead of following them. The
 * Asciidoctor gem's {@code lib} folder is put on JRuby's load path ({@link AsciidoctorGem}), so that
 * {@code require 'asciidoctor'} works without RubyGems, which {@code Main} switches off.
 * The instance is handed over at most once; one never taken (every body came from the cache) is
 * shut down by the creating thread when it is ready, so closing never waits for it.
 */
public final class AsciidoctorStarter implements AutoCloseable {

    private final CompletableFuture<Asciidoctor> instance;
    private boolean taken;
    private boolean closed;

    private AsciidoctorStarter(CompletableFuture<Asciidoctor> instance) {
        this.instance = instance;
    }

    /** Starts creating the instance now. */
    public static AsciidoctorStarter start() {
        CompletableFuture<Asciidoctor> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(AsciidoctorJRuby.Factory.create(List.of(AsciidoctorGem.loadPath())));
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "ipwp-asciidoctor-start");
        // A daemon: a build that never needs Asciidoctor must not wait for it to exit.
        thread.setDaemon(true);
        thread.start();
        return new AsciidoctorStarter(future);
    }

    /** Completes when the instance is ready (or could not be created), without handing it over. */
    public java.util.concurrent.CompletionStage<Void> ready() {
        return instance.handle((asciidoctor, failure) -> null);
    }

    /** Waits for the instance; the caller then owns it (and shuts it down). */
    public synchronized Asciidoctor take() {
        if (taken || closed) {
            throw new IllegalStateException("the Asciidoctor instance was already handed over or released");
        }
        taken = true;
        try {
            return instance.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    @Override
    public synchronized void close() {
        if (!taken && !closed) {
            instance.thenAccept(Asciidoctor::shutdown);
        }
        closed = true;
    }
}
