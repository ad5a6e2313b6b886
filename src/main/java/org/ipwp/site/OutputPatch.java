package org.ipwp.site;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Files to replace or delete in a published folder, applied one file at a time, each atomically:
 * the new bytes go to a hidden temporary file beside the target, which is then renamed over it,
 * so that a reader (the preview server) gets the old file or the new one, never half of one.
 * Files whose bytes did not change are left alone.
 */
final class OutputPatch {

    private final Path folder;
    private final Map<Path, byte[]> writes = new TreeMap<>();
    private final Set<Path> deletes = new TreeSet<>();

    OutputPatch(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** Replaces (or creates) {@code file}, an absolute path inside the folder. */
    void put(Path file, byte[] bytes) {
        Path target = inside(file);
        writes.put(target, bytes.clone());
        deletes.remove(target);
    }

    /** Deletes {@code file}, an absolute path inside the folder. */
    void delete(Path file) {
        Path target = inside(file);
        deletes.add(target);
        writes.remove(target);
    }

    /**
     * Applies the patch.
     *
     * @return the number of files written or deleted (unchanged ones are not counted)
     */
    int apply() throws IOException {
        int changed = 0;
        for (Map.Entry<Path, byte[]> write : writes.entrySet()) {
            Path target = write.getKey();
            if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), write.getValue())) {
                continue;
            }
            Files.createDirectories(target.getParent());
            // Not Files.createTempFile: its owner-only permissions would survive the rename.
            Path temp = target.resolveSibling("." + target.getFileName() + ".ipwp-" + System.nanoTime() + ".tmp");
            try {
                Files.write(temp, write.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            changed++;
        }
        for (Path file : deletes) {
            if (Files.deleteIfExists(file)) {
                changed++;
            }
        }
        return changed;
    }

    private Path inside(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        if (!normal.startsWith(folder) || normal.equals(folder)) {
            throw new IllegalArgumentException(file + " is not inside " + folder);
        }
        return normal;
    }
}
