package org.ipwp.preview;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@code serve} previews and where.
 *
 * @param source the site folder
 * @param output the preview output folder (replaced as a whole on every good build)
 * @param host   the interface to bind; loopback unless the user asks otherwise
 * @param port   the port, 0 for any free one
 * @param drafts show {@code status=draft} pages
 */
public record PreviewConfig(Path source, Path output, String host, int port, boolean drafts) {

    public PreviewConfig {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }
}
