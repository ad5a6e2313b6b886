package org.ipwp.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The build's worker threads, one per core: runs one piece of work per item (a page to convert,
 * render or check) and returns the results in the items' order, so that a parallel phase yields
 * exactly what a sequential loop would and the output stays byte-identical.
 */
final class PageWorkers implements AutoCloseable {

    /** Work on one item that may fail with an I/O error. */
    @FunctionalInterface
    interface Work<T, R> {
        R apply(T item) throws IOException;
    }

    private final ExecutorService pool;
    private final int threads;

    PageWorkers(int threads) {
        this.threads = Math.max(1, threads);
        AtomicInteger number = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(this.threads, task -> {
            Thread thread = new Thread(task, "ipwp-worker-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** As many workers as the machine has cores. */
    static PageWorkers perCore() {
        return new PageWorkers(Runtime.getRuntime().availableProcessors());
    }

    /** Applies {@code work} to every item on the workers; the results are in the items' order. */
    <T, R> List<R> map(List<T> items, Work<T, R> work) throws IOException {
        if (threads == 1 || items.size() < 2) {
            List<R> results = new ArrayList<>(items.size());
            for (T item : items) {
                results.add(work.apply(item));
            }
            return results;
        }
        List<Future<R>> futures = new ArrayList<>(items.size());
        for (T item : items) {
            futures.add(pool.submit(() -> {
                try {
                    return work.apply(item);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        List<R> results = new ArrayList<>(items.size());
        try {
            for (Future<R> future : futures) {
                results.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } finally {
            futures.forEach(f -> f.cancel(true));
        }
        return results;
    }

    private static IOException rethrown(Throwable cause) {
        if (cause instanceof UncheckedIOException io) {
            return io.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IOException(cause);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
