package org.ipwp.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.ipwp.diag.Diagnostics;
import org.ipwp.diag.SourcePosition;
import org.ipwp.i18n.Language;

/**
 * Finds the content files: {@code content/zh/**.adoc} and {@code content/en/**.adoc}. Rejects
 * what would publish wrongly (files outside a language folder, non-AsciiDoc files, names that
 * break URLs, symbolic links leaving the project, two files for one URL) and ignores hidden files,
 * listing them in the report.
 */
public final class ContentIndex {

    private final Path siteRoot;
    private final Diagnostics diagnostics;
    private final List<String> ignored = new ArrayList<>();
    private final List<AttachmentFile> attachments = new ArrayList<>();

    public ContentIndex(Path siteRoot, Diagnostics diagnostics) {
        this.siteRoot = siteRoot;
        this.diagnostics = diagnostics;
    }

    /** The content files, sorted by language then key. */
    public List<SourceFile> scan() throws IOException {
        Path content = siteRoot.resolve("content");
        List<SourceFile> files = new ArrayList<>();
        if (!Files.isDirectory(content)) {
            diagnostics.error("content.missing", SourcePosition.file("content"), "the site has no content/ folder");
            return files;
        }
        Path realContent = content.toRealPath();
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(content)) {
            paths = walk.sorted().toList();
        }
        Map<String, String> urls = new HashMap<>();
        for (Path path : paths) {
            String name = relative(path);
            String fileName = path.getFileName().toString();
            if (path.equals(content)) {
                continue;
            }
            if (fileName.startsWith(".") || hasHiddenParent(content, path)) {
                ignored.add(name);
                continue;
            }
            if (Files.isSymbolicLink(path) && !path.toRealPath().startsWith(realContent)) {
                diagnostics.error("fs.symlink-outside", SourcePosition.file(name),
                        "symbolic link points outside content/; copy the file in instead");
                continue;
            }
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                if (content.relativize(path).getNameCount() == 1 && Language.ofCode(fileName).isEmpty()) {
                    diagnostics.error("content.bad-language", SourcePosition.file(name),
                            "content/ holds only the language folders zh/ and en/");
                }
                continue;
            }
            Path inContent = content.relativize(path);
            if (inContent.getNameCount() < 2 || Language.ofCode(inContent.getName(0).toString()).isEmpty()) {
                diagnostics.error("content.bad-language", SourcePosition.file(name),
                        "content files belong under content/zh/ or content/en/");
                continue;
            }
            String inLanguage = inContent.subpath(1, inContent.getNameCount()).toString().replace('\\', '/');
            if (!fileName.endsWith(".adoc") && inLanguage.matches("letters/[0-9]{4}/[^/]+/[^/]+")) {
                // A letter's attachment; whether the letter declares it is checked once the letters are read.
                String letterKey = inLanguage.substring(0, inLanguage.lastIndexOf('/'));
                attachments.add(new AttachmentFile(path, name, Language.ofCode(inContent.getName(0).toString()).orElseThrow(),
                        letterKey, fileName, Files.size(path)));
                continue;
            }
            if (!fileName.endsWith(".adoc")) {
                diagnostics.error("content.not-asciidoc", SourcePosition.file(name),
                        "only .adoc pages belong in content/ (a letter's attachments go in letters/<year>/<name>/ beside it);"
                                + " put images under assets/");
                continue;
            }
            if (!inContent.toString().replace('\\', '/').matches("[\\p{L}\\p{N}._/-]+")) {
                diagnostics.error("fs.bad-name", SourcePosition.file(name),
                        "file and folder names may use letters, digits, '.', '-' and '_' only (no spaces, %, ?, #)");
                continue;
            }
            Language language = Language.ofCode(inContent.getName(0).toString()).orElseThrow();
            String rest = inContent.subpath(1, inContent.getNameCount()).toString().replace('\\', '/');
            String key = rest.substring(0, rest.length() - ".adoc".length());
            if (key.equals("index")) {
                key = "";
            } else if (key.endsWith("/index")) {
                key = key.substring(0, key.length() - "/index".length());
            }
            String folded = Normalizer.normalize(language.code() + "/" + key, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
            String previous = urls.putIfAbsent(folded, name);
            if (previous != null) {
                diagnostics.error("fs.url-collision", SourcePosition.file(name),
                        "publishes to the same URL as " + previous + " (case and Unicode form are ignored by many hosts); rename one");
                continue;
            }
            files.add(new SourceFile(path, name, language, key));
        }
        return files;
    }

    /** The letters' attachment files found by {@link #scan}, sorted. */
    public List<AttachmentFile> attachments() {
        return List.copyOf(attachments);
    }

    /** Hidden files skipped, repository-relative (for the report; they never ship). */
    public List<String> ignored() {
        return List.copyOf(ignored);
    }

    private static boolean hasHiddenParent(Path content, Path path) {
        for (Path part : content.relativize(path)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private String relative(Path path) {
        return siteRoot.relativize(path).toString().replace('\\', '/');
    }

}
