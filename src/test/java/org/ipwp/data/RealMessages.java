package org.ipwp.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ipwp.diag.Diagnostic;
import org.ipwp.diag.Diagnostics;
import org.ipwp.i18n.Language;
import org.ipwp.i18n.Messages;
import org.ipwp.i18n.MessagesReader;

/**
 * The repository's real message bundles, read through {@link MessagesReader}; public for the tests
 * of other packages (dataview) that format figures with them.
 */
public final class RealMessages {

    private RealMessages() {
    }

    public static Messages load() {
        Path base = Path.of(System.getProperty("basedir", "."));
        Diagnostics diagnostics = new Diagnostics();
        MessagesReader reader = new MessagesReader(diagnostics);
        try {
            for (Language language : Language.values()) {
                String name = "templates/i18n/messages_" + language.code() + ".properties";
                try (Reader in = Files.newBufferedReader(base.resolve(name), StandardCharsets.UTF_8)) {
                    reader.read(language, in, name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Messages messages = reader.finish();
        assertEquals(List.of(), diagnostics.sorted().stream().map(Diagnostic::format).toList());
        assertNotNull(messages);
        return messages;
    }
}
