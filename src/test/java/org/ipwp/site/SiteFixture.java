package org.ipwp.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.ipwp.cli.Main;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Test helper: a copy of the repository's real site in a temporary folder, built through the
 * command line ({@link Main#run}) exactly as a user runs it.
 */
public final class SiteFixture {

    /** The outcome of one command. */
    public record Run(int exitCode, String out, String err) {
    }

    private final Path siteRoot;

    private SiteFixture(Path siteRoot) {
        this.siteRoot = siteRoot;
    }

    /** Copies the repository's content, data, templates, assets and configuration into {@code folder}. */
    public static SiteFixture copyOfRepositorySite(Path folder) throws IOException {
        Path repo = Path.of("").toAbsolutePath();
        for (String name : List.of("content", "data", "templates", "assets")) {
            copyTree(repo.resolve(name), folder.resolve(name));
        }
        Files.copy(repo.resolve("jbake.properties"), folder.resolve("jbake.properties"));
        return new SiteFixture(folder);
    }

    public Path root() {
        return siteRoot;
    }

    /** Runs {@code ipwp build --source <site> args…}. */
    public Run build(String... args) {
        List<String> all = new ArrayList<>(List.of("build", "--source", siteRoot.toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    /** Runs any ipwp command in this JVM. */
    public static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Replaces {@code from} with {@code to} in a site file (which must contain it). */
    public void edit(String file, String from, String to) throws IOException {
        Path path = siteRoot.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(file + " does not contain " + from);
        }
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    /** Appends text to a site file. */
    public void append(String file, String text) throws IOException {
        Files.writeString(siteRoot.resolve(file), Files.readString(siteRoot.resolve(file), StandardCharsets.UTF_8) + text,
                StandardCharsets.UTF_8);
    }

    /** Parses a built page. */
    public static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    /** SHA-256 of every file under {@code folder}, by relative path. */
    public static Map<String, String> hashes(Path folder) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                hashes.put(folder.relativize(file).toString(), sha256(Files.readAllBytes(file)));
            }
        }
        return hashes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Copies the repository's site into {@code folder}/src and builds it into {@code folder}/out
     * (exit 0 asserted), for test classes that start every test from copies of one good build.
     */
    public static Path buildRepositorySiteOnce(Path folder, String... args) throws IOException {
        Path out = folder.resolve("out");
        List<String> all = new ArrayList<>(List.of("--out", out.toString()));
        all.addAll(List.of(args));
        Run run = copyOfRepositorySite(folder.resolve("src")).build(all.toArray(String[]::new));
        if (run.exitCode() != 0) {
            throw new AssertionError("the repository site does not build:\n" + run.err());
        }
        return out;
    }

    /** Copies a folder tree (files and folders, in sorted order). */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
