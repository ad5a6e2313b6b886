package org.ipwp.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The class-data sharing archive of the short-run JVM ({@link ShortRunJvm}), beside {@code ipwp.jar}:
 * used when it is newer than the jar, otherwise written by the second JVM as it exits (to a
 * temporary name, installed only after a successful build, so that two builds at once or a failed
 * one never leave a broken archive). The JVM itself refuses an archive that does not match its
 * version or class path, and then simply loads classes from the jars; its CDS log is switched off
 * so that this costs nothing but time.
 *
 * @param file    the archive
 * @param written where the second JVM writes a new archive, or {@code null} when {@link #file} is used
 */
record SharedArchive(Path file, Path written) {

    /**
     * The archive for {@code classPath}: only for a class path of jars (the JVM archives nothing
     * from folders) in a writable folder. {@code null}: no class-data sharing.
     */
    static SharedArchive forClassPath(String classPath, String vmVersion) {
        if (classPath.isEmpty()) {
            return null;
        }
        List<Path> jars = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (!entry.endsWith(".jar") || !Files.isRegularFile(path)) {
                return null;
            }
            jars.add(path);
        }
        Path jar = jars.get(0);
        Path folder = jar.toAbsolutePath().getParent();
        if (folder == null || !Files.isWritable(folder)) {
            return null;
        }
        String version = vmVersion == null ? "jvm" : vmVersion.replaceAll("[^A-Za-z0-9.]", "_");
        Path file = folder.resolve(jar.getFileName().toString().replaceFirst("\\.jar$", "") + "-" + version + ".jsa");
        return fresh(file, jars) ? new SharedArchive(file, null)
                : new SharedArchive(file, folder.resolve(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp"));
    }

    private static boolean fresh(Path archive, List<Path> jars) {
        try {
            if (!Files.isRegularFile(archive)) {
                return false;
            }
            for (Path jar : jars) {
                if (Files.getLastModifiedTime(jar).compareTo(Files.getLastModifiedTime(archive)) >= 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The second JVM's options: use the archive, or write a new one at exit. */
    List<String> flags() {
        String use = written == null ? "-XX:SharedArchiveFile=" + file : "-XX:ArchiveClassesAtExit=" + written;
        return List.of(use, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /** After the second JVM exited: puts a newly written archive in place (only after a successful build). */
    void install(boolean succeeded) {
        if (written == null) {
            return;
        }
        try {
            if (succeeded && Files.isRegularFile(written)) {
                Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(written);
            }
        } catch (IOException e) {
            // No archive this time; the next build tries again.
            try {
                Files.deleteIfExists(written);
            } catch (IOException ignored) {
                // Nothing more to do: a stray temporary file beside the jar.
            }
        }
    }
}
