package org.ipwp.letters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ipwp.content.PageHeaderParser;
import org.ipwp.i18n.Language;

/**
 * Writes a {@link LetterScaffold} into a site folder, both languages or neither: it refuses to
 * overwrite a file (an editor's work) and to reuse a document number another letter in
 * {@code content/} already has (the build would reject the pair as a duplicate, after the editor
 * had filled it in).
 */
public final class LetterScaffoldWriter {

    private static final String NUMBER_KEY = "docNumber=";

    private final Path siteRoot;

    /** @param siteRoot the site folder, holding {@code content/} */
    public LetterScaffoldWriter(Path siteRoot) {
        this.siteRoot = siteRoot;
    }

    /**
     * Writes the zh and en files.
     *
     * @return the files written, Chinese first
     * @throws ScaffoldConflictException when a file exists or the number is taken (nothing written)
     */
    public List<Path> write(LetterScaffold scaffold) throws ScaffoldConflictException, IOException {
        for (Language language : Language.values()) {
            String name = scaffold.relativePath(language);
            if (Files.exists(siteRoot.resolve(name))) {
                throw new ScaffoldConflictException(name + " already exists; it is not overwritten."
                        + " Choose another name (--name) or edit that file");
            }
        }
        DocumentNumber number = scaffold.request().number();
        Optional<String> user = letterNumbered(number);
        if (user.isPresent()) {
            throw new ScaffoldConflictException("document number " + number + " is already used by " + user.get()
                    + "; every letter has its own number (check --number)");
        }
        List<Path> written = new ArrayList<>();
        String current = null;
        try {
            for (Language language : Language.values()) {
                current = scaffold.relativePath(language);
                Path file = siteRoot.resolve(current);
                Files.createDirectories(file.getParent());
                // CREATE_NEW: a file that appeared since the check above is still not overwritten.
                Files.writeString(file, scaffold.text(language), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
                written.add(file);
            }
        } catch (FileAlreadyExistsException e) {
            undo(written);
            throw new ScaffoldConflictException(current + " already exists; it is not overwritten");
        } catch (IOException e) {
            undo(written);
            throw e;
        }
        return written;
    }

    /** The repository-relative path of a content file whose header has {@code docNumber=} equal to {@code number}. */
    private Optional<String> letterNumbered(DocumentNumber number) throws IOException {
        Path content = siteRoot.resolve("content");
        if (!Files.isDirectory(content)) {
            return Optional.empty();
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(content)) {
            // Hidden files are skipped as the build skips them (editor backups are not letters).
            files = walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".adoc"))
                    .filter(p -> !hidden(content.relativize(p))).sorted().toList();
        }
        for (Path file : files) {
            // Decoding with replacement: a file that is not UTF-8 is the build's to report, not a reason to fail here.
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            for (String line : text.lines().toList()) {
                if (line.equals(PageHeaderParser.SEPARATOR)) {
                    break;
                }
                String stripped = line.strip();
                if (stripped.startsWith(NUMBER_KEY)) {
                    String value = stripped.substring(NUMBER_KEY.length()).strip();
                    DocumentNumber other = DocumentNumber.parse(value).number();
                    if (number.equals(other) || value.equals(number.toString())) {
                        return Optional.of(siteRoot.relativize(file).toString().replace('\\', '/'));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static void undo(List<Path> written) {
        for (Path file : written) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // The error that made us undo is the one to report.
            }
        }
    }
}
