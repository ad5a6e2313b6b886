package org.ipwp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedArchiveTest {

    @Test
    void aMissingArchiveIsWrittenAtExitUnderATemporaryNameAndInstalledAfterSuccess(@TempDir Path temp) throws Exception {
        Path jar = Files.writeString(temp.resolve("ipwp.jar"), "jar");
        SharedArchive archive = SharedArchive.forClassPath(jar.toString(), "17.0.15+6-Debian-1deb12u1");
        assertEquals(temp.resolve("ipwp-17.0.15_6_Debian_1deb12u1.jsa"), archive.file());
        String write = archive.flags().get(0);
        assertTrue(write.startsWith("-XX:ArchiveClassesAtExit=" + archive.file() + "."), write);
        assertEquals(List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off"), archive.flags().subList(1, 3));

        Files.writeString(archive.written(), "archive");
        archive.install(true);
        assertEquals("archive", Files.readString(archive.file()));
        assertFalse(Files.exists(archive.written()));

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(archive.file()).toMillis() - 10_000));
        SharedArchive next = SharedArchive.forClassPath(jar.toString(), "17.0.15+6-Debian-1deb12u1");
        assertNull(next.written());
        assertEquals(List.of("-XX:SharedArchiveFile=" + archive.file(), "-Xlog:cds=off", "-Xlog:cds+dynamic=off"), next.flags());
    }

    @Test
    void aFailedBuildLeavesNoArchiveAndANewerJarMakesTheArchiveStale(@TempDir Path temp) throws Exception {
        Path jar = Files.writeString(temp.resolve("ipwp.jar"), "jar");
        SharedArchive archive = SharedArchive.forClassPath(jar.toString(), "17");
        Files.writeString(archive.written(), "half");
        archive.install(false);
        assertFalse(Files.exists(archive.written()));
        assertFalse(Files.exists(archive.file()));

        Files.writeString(archive.file(), "old");
        Files.setLastModifiedTime(archive.file(), FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 10_000));
        assertTrue(SharedArchive.forClassPath(jar.toString(), "17").written() != null, "rebuilt jar: write a new archive");
    }

    @Test
    void foldersOnTheClassPathMeanNoArchive(@TempDir Path temp) throws Exception {
        Path jar = Files.writeString(temp.resolve("ipwp.jar"), "jar");
        Files.createDirectories(temp.resolve("classes"));
        assertNull(SharedArchive.forClassPath(jar + File.pathSeparator + temp.resolve("classes"), "17"));
        assertNull(SharedArchive.forClassPath("", "17"));
    }
}
