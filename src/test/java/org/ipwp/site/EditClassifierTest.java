package org.ipwp.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ipwp.i18n.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which changed paths the preview may apply as page edits, and which need a full build. */
class EditClassifierTest {

    @TempDir
    Path root;

    private Path chapter;
    private Path about;
    private Path attachment;
    private EditClassifier classifier;

    @BeforeEach
    void site() throws IOException {
        chapter = write("content/zh/whitepaper/01-overview.adoc");
        about = write("content/zh/about.adoc");
        attachment = write("content/zh/letters/2020/letter-1/scan.pdf");
        classifier = classifier(false);
    }

    private Path write(String name) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
        return file;
    }

    /** A last build with the two pages (the about page using include:: when asked) and the attachment. */
    private EditClassifier classifier(boolean aboutIncludes) {
        List<ContentFile> files = List.of(
                new ContentFile(new SourceFile(chapter, "content/zh/whitepaper/01-overview.adoc", Language.ZH, "whitepaper/01-overview"),
                        null, List.of(), false),
                new ContentFile(new SourceFile(about, "content/zh/about.adoc", Language.ZH, "about"), null, List.of(), aboutIncludes));
        BuiltSite site = new BuiltSite(new BuildOptions(root, root.resolve("out"), null, false, false), root, null, null, null,
                files, List.of(attachment), List.of(), null, null, Map.of(), new PrefixedChapterBodies(), null, null);
        return new EditClassifier(site);
    }

    private static List<String> sources(EditClassifier.Classification classification) {
        return classification.edited().stream().map(f -> f.source().sourceName()).toList();
    }

    @Test
    void aPageSavedInPlaceIsAnEdit() {
        EditClassifier.Classification result = classifier.classify(List.of(chapter, chapter));
        assertNull(result.fullBuildReason());
        assertEquals(List.of("content/zh/whitepaper/01-overview.adoc"), sources(result));
    }

    @Test
    void anEditorsTemporaryFileThatIsGoneIsIgnored() {
        Path temporary = root.resolve("content/zh/whitepaper/01-overview.adoc.tmp.1234");
        EditClassifier.Classification result = classifier.classify(List.of(temporary, chapter));
        assertNull(result.fullBuildReason());
        assertEquals(List.of("content/zh/whitepaper/01-overview.adoc"), sources(result));
        assertEquals(List.of(), classifier.classify(List.of(temporary)).edited());
    }

    @Test
    void newDeletedAndReplacedFilesNeedAFullBuild() throws IOException {
        Path added = write("content/zh/whitepaper/08-new.adoc");
        assertEquals("content/zh/whitepaper/08-new.adoc is new, or not a page", classifier.classify(List.of(chapter, added)).fullBuildReason());
        Files.delete(added);

        Files.delete(about);
        assertEquals("content/zh/about.adoc was deleted", classifier.classify(List.of(about)).fullBuildReason());

        Files.delete(attachment);
        assertEquals("content/zh/letters/2020/letter-1/scan.pdf was deleted", classifier.classify(List.of(attachment)).fullBuildReason());

        // A folder moved away is one event for the folder, none for the files in it.
        Path whitepaper = chapter.getParent();
        Files.move(whitepaper, root.resolve("moved"));
        assertEquals("content/zh/whitepaper was deleted", classifier.classify(List.of(whitepaper)).fullBuildReason());
    }

    @Test
    void aPageReplacedByALinkNeedsAFullBuild() throws IOException {
        Files.delete(about);
        Files.createSymbolicLink(about, chapter);
        assertEquals("content/zh/about.adoc is no longer a plain file", classifier.classify(List.of(about)).fullBuildReason());
    }

    @Test
    void anythingOutsideContentNeedsAFullBuild() {
        for (String name : List.of("templates/chapter.html", "templates/i18n/messages_zh.properties", "data/x/x.csv",
                "assets/css/site.css", "jbake.properties", "content")) {
            assertEquals(name + " changed", classifier.classify(List.of(chapter, root.resolve(name))).fullBuildReason());
        }
    }

    @Test
    void aPageWithIncludesIsReadAgainWithAnyEdit() {
        EditClassifier including = classifier(true);
        assertEquals(List.of("content/zh/whitepaper/01-overview.adoc", "content/zh/about.adoc"),
                sources(including.classify(List.of(chapter))));
        assertEquals(List.of(), including.classify(List.of(root.resolve("content/zh/gone.tmp"))).edited(),
                "nothing edited, nothing to read");
    }
}
