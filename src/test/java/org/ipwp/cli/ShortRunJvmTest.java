package org.ipwp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ipwp.site.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShortRunJvmTest {

    private static final String JAVA_HOME = System.getProperty("java.home");
    private static final String CLASS_PATH = System.getProperty("java.class.path");

    @Test
    void buildIsRerunWithTheShortRunFlagsAndTheUsersOptionsAfterThem() {
        List<String> command = ShortRunJvm.command(new String[] {"build", "--out", "x y"}, "/opt/jdk", "a.jar",
                List.of("-Xmx2g"), null).orElseThrow();
        assertEquals(List.of(Path.of("/opt/jdk", "bin", "java").toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xmx2g", ShortRunJvm.MARKER, "-cp", "a.jar", "org.ipwp.cli.Main", "build", "--out", "x y"), command);
    }

    @Test
    void otherCommandsTheSecondJvmAndAsIsRunInPlace() {
        assertEquals(Optional.empty(), ShortRunJvm.command(new String[] {"serve"}, JAVA_HOME, CLASS_PATH, List.of(), null));
        assertEquals(Optional.empty(), ShortRunJvm.command(new String[] {}, JAVA_HOME, CLASS_PATH, List.of(), null));
        assertEquals(Optional.empty(), ShortRunJvm.command(new String[] {"build"}, JAVA_HOME, CLASS_PATH, List.of(), "short-run"));
        assertEquals(Optional.empty(), ShortRunJvm.command(new String[] {"build"}, JAVA_HOME, CLASS_PATH, List.of(), "as-is"));
    }

    /** The real thing: {@code main} in a fresh JVM re-runs the build in a second one, whose output reaches the caller. */
    @Test
    void aBuildRunsInTheShortRunJvm(@TempDir Path temp) throws Exception {
        SiteFixture site = SiteFixture.copyOfRepositorySite(temp.resolve("site"));
        Path out = temp.resolve("stdout.txt");
        Path err = temp.resolve("stderr.txt");
        Process process = new ProcessBuilder(javaCommand(List.of("build", "--source", site.root().toString(), "--out",
                temp.resolve("www").toString(), "--no-cache"))).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertEquals(0, process.waitFor(), read(err));
        assertTrue(read(out).contains("in a short-run JVM (-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)"), read(out));
        assertTrue(Files.isRegularFile(temp.resolve("www/zh/index.html")));
    }

    @Test
    void theSecondJvmsExitCodeReachesTheCaller(@TempDir Path temp) throws Exception {
        Path err = temp.resolve("stderr.txt");
        Process process = new ProcessBuilder(javaCommand(List.of("build", "--no-such-option")))
                .redirectOutput(temp.resolve("stdout.txt").toFile()).redirectError(err.toFile()).start();
        assertEquals(2, process.waitFor(), read(err));
        assertTrue(read(err).contains("--no-such-option"), read(err));
    }

    @Test
    void asIsRunsTheBuildInTheFirstJvm(@TempDir Path temp) throws Exception {
        SiteFixture site = SiteFixture.copyOfRepositorySite(temp.resolve("site"));
        Path out = temp.resolve("stdout.txt");
        List<String> command = javaCommand(List.of("build", "--source", site.root().toString(), "--out",
                temp.resolve("www").toString(), "--no-cache"));
        command.add(1, "-Dipwp.jvm=as-is");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(temp.resolve("e").toFile()).start();
        assertEquals(0, process.waitFor());
        assertTrue(read(out).contains("phases (ms)"), read(out));
        assertTrue(!read(out).contains("short-run JVM"), read(out));
    }

    @Test
    void theSecondJvmRunsWithTheShortRunSettings(@TempDir Path temp) throws Exception {
        // A command the second JVM prints its own settings for: none exists, so ask java itself
        // through the same command line the launcher builds.
        List<String> command = new ArrayList<>(ShortRunJvm.command(new String[] {"build"}, JAVA_HOME, CLASS_PATH, List.of(),
                null).orElseThrow());
        int main = command.indexOf("org.ipwp.cli.Main");
        List<String> probe = new ArrayList<>(command.subList(0, main));
        probe.add("-XX:+PrintFlagsFinal");
        probe.add("-version");
        Path out = temp.resolve("flags.txt");
        Process process = new ProcessBuilder(probe).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertEquals(0, process.waitFor());
        String flags = read(out);
        assertTrue(flags.matches("(?s).*TieredStopAtLevel\\s+=\\s+1\\s.*"), "C1 only");
        assertTrue(flags.matches("(?s).*UseSerialGC\\s+=\\s+true\\s.*"), "serial collector");
    }

    private static List<String> javaCommand(List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(JAVA_HOME, "bin", "java").toString(), "-cp", CLASS_PATH,
                "org.ipwp.cli.Main"));
        command.addAll(args);
        return command;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
