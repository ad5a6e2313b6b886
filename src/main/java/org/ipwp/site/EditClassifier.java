package org.ipwp.site;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * Sorts the paths changed since the last good build into content pages that were edited in
 * place, or finds the first reason why only a full build will do: anything outside
 * {@code content/} (templates, messages, data, assets, configuration), a file added, deleted or
 * replaced by a link, a letter's attachment, a hidden folder.
 *
 * <p>Pages whose source has {@code include::} are counted as edited whenever any page is, since
 * they may show the edited file.
 *
 * <p>A path that no longer exists and never held content is an editor's temporary file that came
 * and went between two events (write to a temporary name, rename over the page): it is ignored.
 */
final class EditClassifier {

    /** The edited content files, or why a full build is needed ({@code fullBuildReason} non-null). */
    record Classification(List<ContentFile> edited, String fullBuildReason) {

        Classification {
            edited = List.copyOf(edited);
        }
    }

    private final BuiltSite site;
    private final Path root;
    private final Path content;

    EditClassifier(BuiltSite site) {
        this.site = site;
        this.root = site.root().toAbsolutePath().normalize();
        this.content = root.resolve("content");
    }

    Classification classify(Collection<Path> changed) {
        List<ContentFile> edited = new ArrayList<>();
        for (Path path : changed.stream().map(p -> p.toAbsolutePath().normalize()).sorted().distinct().toList()) {
            String name = root.relativize(path).toString().replace('\\', '/');
            if (!path.startsWith(content) || path.equals(content)) {
                return full(name + " changed");
            }
            ContentFile known = site.files().get(path);
            boolean exists = Files.exists(path, LinkOption.NOFOLLOW_LINKS);
            if (known != null) {
                if (!exists) {
                    return full(name + " was deleted");
                }
                if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    return full(name + " is no longer a plain file");
                }
                if (!edited.contains(known)) {
                    edited.add(known);
                }
            } else if (exists) {
                return full(name + " is new, or not a page");
            } else if (heldContent(path)) {
                return full(name + " was deleted");
            }
            // Otherwise a temporary file that is already gone: nothing was published from it.
        }
        if (!edited.isEmpty()) {
            // A page with include:: may show any other file of content/: read it again too.
            site.files().values().stream().filter(ContentFile::includes).filter(f -> !edited.contains(f)).forEach(edited::add);
        }
        return new Classification(edited, null);
    }

    /** Whether {@code path} was, or contained, a content file or attachment of the last build. */
    private boolean heldContent(Path path) {
        return Stream.concat(site.files().keySet().stream(), site.attachments().stream()).anyMatch(p -> p.startsWith(path));
    }

    private static Classification full(String reason) {
        return new Classification(List.of(), reason);
    }
}
