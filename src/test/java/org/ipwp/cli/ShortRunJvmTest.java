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
                List.of("-Xmx2g"), null, null).orElseThrow();
        assertEquals(List.of(Path.of("/opt/jdk", "bin", "java").toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:CompileThresholdScaling=0.25", "-XX:CICompilerCount=1", "-Xmx2g", ShortRunJvm.MARKER, "-cp", "a.jar", "org.ipwp.cli.Main", "build", "--out", "x y"), command);
    }

    @Test
    void otherCommandsTheSecondJvmAndAsIsRunInPlace() {
        assertEquals(Optional.empty(), ShortRunJvm.command(new String[] {"serve"}, JAVA_HOME, CLASS_PATH, List.of(), null, null));
        assertEquals(Optional.empty(), ShortRunJvm.command(new String[] {}, JAVA_HOME, CLASS_PATH, List.of(), null, null));
        assertEquals(Optional.empty(), ShortRunJvm.command(new String[] {"build"}, JAVA_HOME, CLASS_PATH, List.of(), "short-run", null));
        assertEquals(Optional.empty(), ShortRunJvm.command(new String[] {"build"}, JAVA_HOME, CLASS_PATH, List.of(), "as-is", null));
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
        assertTrue(read(out).contains("in a short-run JVM (-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:CompileThresholdScaling=0.25 -XX:CICompilerCount=1)"), read(out));
        // One letter in two languages is one letter, as `check` counts it.
        assertTrue(read(out).matches("(?s)built \\d+ pages, 9 datasets, 1 letters; .*"), read(out));
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
                null, null).orElseThrow());
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

    /**
     * From a jar laid out as {@code mvn package} lays it out (ipwp.jar with lib/ beside it), as the README runs it: the first build writes the class-data archive
     * beside the jar, the second uses it, and both publish the same bytes.
     */
    @Test
    void theJarsFirstBuildWritesTheClassArchiveAndTheSecondUsesIt(@TempDir Path temp) throws Exception {
        Path jarFolder = temp.resolve("dist");
        Path jar = packagedJar(jarFolder);
        SiteFixture site = SiteFixture.copyOfRepositorySite(temp.resolve("site"));
        List<String> build = List.of(Path.of(JAVA_HOME, "bin", "java").toString(), "-jar", jar.toString(),
                "build", "--source", site.root().toString(), "--no-cache", "--out");
        for (String out : List.of("www1", "www2")) {
            List<String> command = new ArrayList<>(build);
            command.add(temp.resolve(out).toString());
            Process process = new ProcessBuilder(command).redirectOutput(temp.resolve(out + ".txt").toFile())
                    .redirectError(temp.resolve(out + ".err").toFile()).start();
            assertEquals(0, process.waitFor(), read(temp.resolve(out + ".err")));
            assertEquals("", read(temp.resolve(out + ".err")), "no JVM or CDS chatter");
            try (var files = Files.list(jarFolder)) {
                assertEquals(List.of("ipwp-" + System.getProperty("java.vm.version").replaceAll("[^A-Za-z0-9.]", "_") + ".jsa",
                        "ipwp.jar", "lib"), files.map(p -> p.getFileName().toString()).sorted().toList(), "one archive, no temporary file");
            }
        }
        assertEquals(SiteFixture.hashes(temp.resolve("www1")), SiteFixture.hashes(temp.resolve("www2")));
    }

    /** Packs the compiled classes as {@code ipwp.jar} with a manifest class path of the jars in {@code lib/}, like the build does. */
    private static Path packagedJar(Path folder) throws IOException {
        Path lib = Files.createDirectories(folder.resolve("lib"));
        List<String> classPath = new ArrayList<>();
        Path classes = null;
        for (String entry : CLASS_PATH.split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(path)) {
                Files.copy(path, lib.resolve(path.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                classPath.add("lib/" + path.getFileName());
            } else if (Files.isRegularFile(path.resolve("org/ipwp/cli/Main.class"))) {
                classes = path;
            }
        }
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MAIN_CLASS, Main.class.getName());
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        Path jar = folder.resolve("ipwp.jar");
        Path root = java.util.Objects.requireNonNull(classes, "target/classes on the test class path");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar), manifest);
             var files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new java.util.jar.JarEntry(root.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
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
