package org.ipwp.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.jruby.internal.JRubyAsciidoctor;
import org.junit.jupiter.api.Test;

class AsciidoctorStarterTest {

    @Test
    void theGemsLibFolderIsFoundInAsciidoctorJsJar() {
        String loadPath = AsciidoctorGem.loadPath();
        assertTrue(loadPath.matches("uri:classloader:/gems/asciidoctor-\\d+\\.\\d+\\.\\d+[^/]*/lib"), loadPath);
        String resource = loadPath.substring("uri:classloader:/".length()) + "/asciidoctor.rb";
        assertNotNull(getClass().getClassLoader().getResource(resource), resource);
    }

    /**
     * The tests run as {@code Main} runs a build: with every {@link JRubySettings} (the pom sets the
     * properties {@code Main} sets), RubyGems off and native calls off. Asciidoctor is still found,
     * from the gem's folder, and converts.
     */
    @Test
    void asciidoctorStartsAndConvertsWithoutRubyGems() {
        JRubySettings.DEFAULTS.forEach((name, value) -> assertEquals(value, System.getProperty(name),
                name + ": the pom's argLine must set what Main sets"));
        try (AsciidoctorStarter starter = AsciidoctorStarter.start()) {
            Asciidoctor asciidoctor = starter.take();
            try {
                Object gems = ((JRubyAsciidoctor) asciidoctor).getRubyRuntime()
                        .evalScriptlet("defined?(::Gem) ? 'loaded' : 'absent'").toString();
                assertEquals("absent", gems);
                String html = asciidoctor.convert("Made *bold*.", Options.builder().build());
                assertTrue(html.contains("<strong>bold</strong>"), html);
            } finally {
                asciidoctor.shutdown();
            }
        }
    }
}
