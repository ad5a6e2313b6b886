package org.ipwp.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.asciidoctor.Options;
import org.junit.jupiter.api.Test;

/**
 * JRuby's compiler of Ruby methods is held back ({@link JRubySettings}, which the pom sets as
 * {@code Main} does) until the engine has converted {@link AsciidoctorEngine#CONVERSIONS_BEFORE_JIT}
 * bodies, then let go at JRuby's usual threshold; what is converted does not change.
 */
class AsciidoctorEngineTest {

    @Test
    void jrubysCompilerIsLetGoAfterTheFirstConversions() {
        assertEquals(String.valueOf(JRubySettings.JIT_HELD_BACK), System.getProperty(JRubySettings.JIT_THRESHOLD));
        try (AsciidoctorStarter starter = AsciidoctorStarter.start();
             AsciidoctorEngine engine = new AsciidoctorEngine(starter.take())) {
            assertEquals(JRubySettings.JIT_HELD_BACK, engine.jitThreshold(), "held back while JRuby starts");
            for (int i = 1; i <= AsciidoctorEngine.CONVERSIONS_BEFORE_JIT; i++) {
                assertEquals(JRubySettings.JIT_HELD_BACK, engine.jitThreshold(), "still held back before conversion " + i);
                String html = engine.convert(null, asciidoctor -> asciidoctor.convert("Made *bold*.", Options.builder().build()));
                assertTrue(html.contains("<strong>bold</strong>"), html);
            }
            assertEquals(JRubySettings.JIT_USUAL, engine.jitThreshold(), "let go");
        }
    }
}
