package org.ipwp.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Re-runs a short command ({@code build}) in a second JVM started with settings for short runs,
 * as the {@code jruby} launcher does: the command line stays {@code java -jar target/ipwp.jar build}.
 *
 * <p>Why: a build is a short burst of work in which the JVM's optimising compiler (C2) and the
 * parallel garbage collector cost more CPU than they save. On the 2-core machine of
 * {@code bench/RESULTS.md}, the quick compiler only ({@code -XX:TieredStopAtLevel=1}) and the
 * serial collector take a 1,000-page build from about 18 s to about 9 s; these flags can only be
 * given on the command line, hence the second JVM (about 0.1 s). {@code serve} runs for hours and
 * keeps the default settings.
 *
 * <p>The second JVM also shares the classes the previous build loaded (class-data sharing,
 * {@link SharedArchive}): JRuby's thousands of classes load from a memory-mapped archive instead of
 * the jars, which saves about 0.7 s a build. The first build after {@code mvn package} writes the
 * archive as it exits (about 1.5 s once).
 *
 * <p>Set {@code -Dipwp.jvm=as-is} (or {@code IPWP_JVM=as-is}) to run in the JVM as started, e.g.
 * to profile it; JVM options given to the first JVM are passed on after ours, so they win.
 */
final class ShortRunJvm {

    /**
     * The settings for a short run. Methods are compiled after a quarter of the usual number of
     * calls: JRuby's and Thymeleaf's code runs hot for seconds, and interpreting it longer costs more
     * than compiling it sooner (about 0.3 s of a 1,000-page build, {@code bench/flags.sh}). One
     * compiler thread instead of the two the JVM picks for two cores: while JRuby starts, two
     * compiler threads took both cores from it (a cached rebuild of 1,000 pages: JRuby ready at
     * 0.90 s instead of 1.05 s, 1.75 s instead of 1.95 s in all; a cold build is no slower).
     */
    static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:CompileThresholdScaling=0.25",
            "-XX:CICompilerCount=1");

    /** Marks the second JVM, so that it never starts a third. */
    static final String MARKER = "-Dipwp.jvm=short-run";

    private ShortRunJvm() {
    }

    /** Says, after the build's phase timings, whether this is the short-run JVM (benchmarks quote it). */
    static String note() {
        return "short-run".equals(System.getProperty("ipwp.jvm")) ? " in a short-run JVM (" + String.join(" ", FLAGS) + ")" : "";
    }

    /**
     * The command that re-runs {@code args} in a short-run JVM, or empty when this JVM should run
     * them itself: not a short command, already the second JVM, or told to run as is.
     *
     * @param archive class-data sharing for the second JVM, or {@code null} for none
     */
    static Optional<List<String>> command(String[] args, String javaHome, String classPath, List<String> jvmArguments,
                                          String setting, SharedArchive archive) {
        boolean shortCommand = args.length > 0 && args[0].equals("build");
        if (!shortCommand || setting != null || classPath == null || classPath.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(javaHome, "bin", "java").toString());
        command.addAll(FLAGS);
        if (archive != null) {
            command.addAll(archive.flags());
        }
        command.addAll(jvmArguments);
        command.add(MARKER);
        command.add("-cp");
        command.add(classPath);
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /**
     * The class path with every entry absolute, so that a class-data archive written from one
     * folder is valid from any other.
     */
    static String absolute(String classPath) {
        return Arrays.stream(classPath.split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().normalize().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    /**
     * Runs {@code command} with this process's standard streams and returns its exit code, or empty
     * when it could not be started (the caller then runs the command itself). A class-data archive
     * the second JVM wrote is then put in place.
     */
    static Optional<Integer> run(List<String> command, SharedArchive archive) {
        Process process;
        try {
            process = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            return Optional.empty();
        }
        // Killed (not Ctrl-C, which reaches both processes): take the second JVM down too.
        Thread reaper = new Thread(() -> {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(reaper);
        try {
            int exit = process.waitFor();
            if (archive != null) {
                archive.install(exit == 0);
            }
            return Optional.of(exit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            return Optional.of(130);
        }
    }
}
