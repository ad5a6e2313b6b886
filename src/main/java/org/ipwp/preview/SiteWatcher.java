package org.ipwp.preview;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches the site's inputs ({@code content/}, {@code templates/}, {@code data/}, {@code assets/}
 * recursively, and {@code jbake.properties}) and calls back once per burst of changes with the
 * paths that changed.
 *
 * <p>Editors save in bursts (write a temp file, rename, touch a backup), so after the first event
 * the watcher waits for a quiet period before calling back. The callback runs on the watcher's
 * own thread; changes made while it runs queue up in the watch service and become the next burst.
 */
final class SiteWatcher implements AutoCloseable {

    static final List<String> FOLDERS = List.of("content", "templates", "data", "assets");
    static final String CONFIG = "jbake.properties";

    private final Path root;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final long quietMillis;
    private final Consumer<Changes> onChange;
    private final PrintStream err;
    private final Thread thread;

    /**
     * One burst of changes.
     *
     * @param paths    the files and folders reported created, modified or deleted (absolute)
     * @param overflow the watch service lost events, so any file may have changed
     */
    record Changes(Set<Path> paths, boolean overflow) {

        Changes {
            paths = Set.copyOf(paths);
        }
    }

    SiteWatcher(Path root, long quietMillis, Consumer<Changes> onChange, PrintStream err) throws IOException {
        this.root = root;
        this.quietMillis = quietMillis;
        this.onChange = onChange;
        this.err = err;
        this.service = root.getFileSystem().newWatchService();
        // The root itself is watched (not recursively) only for the configuration file.
        folders.put(root.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), root);
        for (String name : FOLDERS) {
            Path folder = root.resolve(name);
            if (Files.isDirectory(folder)) {
                registerTree(folder);
            }
        }
        this.thread = new Thread(this::loop, "ipwp-preview-watcher");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void registerTree(Path folder) throws IOException {
        try (Stream<Path> tree = Files.walk(folder)) {
            for (Path dir : tree.filter(Files::isDirectory).toList()) {
                folders.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
            }
        }
    }

    private void loop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Set<Path> paths = new HashSet<>();
                boolean overflow = drain(service.take(), paths);
                // Coalesce: keep collecting until nothing has happened for the quiet period.
                WatchKey next;
                while ((next = service.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) {
                    overflow |= drain(next, paths);
                }
                if (overflow || !paths.isEmpty()) {
                    try {
                        onChange.accept(new Changes(paths, overflow));
                    } catch (RuntimeException e) {
                        // The preview must survive anything a rebuild throws.
                        err.println("ipwp serve: rebuild crashed: " + e);
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Stopping.
        }
    }

    /** Adds the site inputs that one key's events name to {@code paths}; true if events were lost. */
    private boolean drain(WatchKey key, Set<Path> paths) {
        Path folder = folders.get(key);
        boolean overflow = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                overflow = true;
                continue;
            }
            if (folder == null) {
                continue;
            }
            Path name = (Path) event.context();
            Path changed = folder.resolve(name);
            if (folder.equals(root)) {
                // At the root only the configuration counts (and input folders appearing);
                // the preview output and its staging folders may live here too.
                String file = name.toString();
                if (file.equals(CONFIG)) {
                    paths.add(changed);
                } else if (FOLDERS.contains(file) && event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
                    register(changed);
                    paths.add(changed);
                }
                continue;
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
                register(changed);
            }
            if (!ignored(name.toString())) {
                paths.add(changed);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return overflow;
    }

    private void register(Path folder) {
        try {
            registerTree(folder);
        } catch (IOException e) {
            err.println("ipwp serve: cannot watch " + folder + ": " + e.getMessage());
        }
    }

    /** Editor droppings that the builder ignores anyway (hidden files, backups, swap files). */
    static boolean ignored(String fileName) {
        return fileName.startsWith(".") || fileName.endsWith("~") || fileName.endsWith(".swp")
                || fileName.endsWith(".swx") || fileName.equals("4913");
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            service.close();
        } catch (IOException e) {
            // Closing anyway.
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
