package org.ipwp.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Atomic publishing: a build writes into a fresh staging folder beside the output; only a build
 * whose checks pass replaces the output, by renames on the same file system. A failed build
 * deletes its staging folder and leaves the output byte-identical; stale files cannot survive,
 * since the output is replaced as a whole.
 *
 * <p>To avoid ever deleting a folder that is not a site (a mistyped {@code --out ~}), the output
 * carries a marker file, and an existing non-empty folder without it is refused.
 */
public final class OutputPublisher {

    /** Marker file written into every published site. */
    public static final String MARKER = ".ipwp-site";

    private final Path output;

    public OutputPublisher(Path output) {
        this.output = output.toAbsolutePath().normalize();
    }

    /** Whether the output folder may be replaced: absent, empty, or a site we built. */
    public boolean outputReplaceable() throws IOException {
        if (!Files.exists(output)) {
            return true;
        }
        if (!Files.isDirectory(output)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(output)) {
            return entries.findAny().isEmpty() || Files.isRegularFile(output.resolve(MARKER));
        }
    }

    /** Creates a fresh staging folder beside the output. */
    public Path createStaging() throws IOException {
        Files.createDirectories(output.getParent());
        Path staging = Files.createTempDirectory(output.getParent(), "." + output.getFileName() + ".staging-");
        Files.writeString(staging.resolve(MARKER), "built by ipwp; this folder is replaced as a whole by each build\n",
                StandardCharsets.UTF_8);
        return staging;
    }

    /**
     * Replaces the output with {@code staging}. The replaced output is deleted on a background
     * thread (thousands of files take a while); the returned future completes when it is gone, and
     * the caller waits for it before exiting.
     */
    public CompletableFuture<Void> publish(Path staging) throws IOException {
        Path previous = null;
        if (Files.exists(output)) {
            previous = Files.createTempDirectory(output.getParent(), "." + output.getFileName() + ".previous-");
            Files.delete(previous);
            move(output, previous);
        }
        try {
            move(staging, output);
        } catch (IOException e) {
            if (previous != null) {
                move(previous, output);
            }
            throw e;
        }
        if (previous == null) {
            return CompletableFuture.completedFuture(null);
        }
        Path replaced = previous;
        return CompletableFuture.runAsync(() -> {
            try {
                deleteTree(replaced);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the replaced output " + replaced, e);
            }
        }, new OwnThread("ipwp-delete-replaced-output"));
    }

    /** Removes a staging folder after a failed build. */
    public void discard(Path staging) {
        if (staging != null && Files.exists(staging)) {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete staging folder " + staging, e);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | DirectoryNotEmptyException e) {
            Files.move(from, to);
        }
    }

    /**
     * Deletes a folder tree without following symbolic links. The folders at its top are deleted
     * side by side: unlinking the thousands of files of the two language folders is the last thing
     * a cached rebuild waits for (about 120 ms one after the other, 70 ms side by side at 1,000 pages).
     */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(root);
            return;
        }
        List<Path> children;
        try (Stream<Path> listed = Files.list(root)) {
            children = listed.toList();
        }
        try {
            children.parallelStream().forEach(child -> {
                try {
                    deleteWalking(child);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Files.delete(root);
    }

    private static void deleteWalking(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
