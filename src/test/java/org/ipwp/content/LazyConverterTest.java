package org.ipwp.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.ipwp.diag.Diagnostics;
import org.ipwp.i18n.Language;
import org.junit.jupiter.api.Test;

class LazyConverterTest {

    /**
     * Two workers convert at once and Asciidoctor could not start: both report why, and not one of
     * them "the instance was already handed over".
     */
    @Test
    void aConverterThatCouldNotBeCreatedFailsEveryConversionWithTheSameCause() {
        AtomicInteger attempts = new AtomicInteger();
        IllegalStateException cause = new IllegalStateException("JRuby could not start");
        LazyConverter converter = new LazyConverter(() -> {
            attempts.incrementAndGet();
            throw cause;
        });
        ConversionRequest request = new ConversionRequest("content/zh/a.adoc", List.of("= A", "", "text"), 3, Language.ZH,
                PageType.PAGE, LocalDate.of(2020, 1, 1), "zh/a/");
        assertSame(cause, assertThrows(IllegalStateException.class, () -> converter.convert(request, new Diagnostics())));
        assertSame(cause, assertThrows(IllegalStateException.class, () -> converter.convert(request, new Diagnostics())));
        assertEquals(1, attempts.get());
        converter.close();
    }
}
