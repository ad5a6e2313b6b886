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
     * The tests run as {@code Main} runs a build: RubyGems switched off (the pom sets the property
     * {@code Main} sets). Asciidoctor is still found, from the gem's folder, and converts.
     */
    @Test
    void asciidoctorStartsAndConvertsWithoutRubyGems() {
        assertEquals("false", System.getProperty(AsciidoctorGem.RUBYGEMS_SETTING));
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
