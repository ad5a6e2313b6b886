package org.ipwp.site;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.ipwp.i18n.Language;
import org.ipwp.i18n.Messages;

/** A download's size as readers see it: "433 bytes", "7.4 KB", "2.1 MB" (1024-based, one decimal). */
final class FileSizeText {

    private static final BigDecimal KIB = BigDecimal.valueOf(1024);

    private final Messages messages;

    FileSizeText(Messages messages) {
        this.messages = messages;
    }

    String of(long bytes, Language language) {
        if (bytes < 1024) {
            return messages.get(language, "data.size.bytes", String.valueOf(bytes));
        }
        BigDecimal kib = BigDecimal.valueOf(bytes).divide(KIB, 1, RoundingMode.HALF_UP);
        if (kib.compareTo(KIB) < 0) {
            return messages.get(language, "data.size.kib", kib.toPlainString());
        }
        return messages.get(language, "data.size.mib", BigDecimal.valueOf(bytes).divide(KIB.multiply(KIB), 1, RoundingMode.HALF_UP).toPlainString());
    }
}
