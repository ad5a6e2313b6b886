package org.ipwp.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.asciidoctor.jruby.AsciidoctorJRuby;

/**
 * Where the Asciidoctor gem that AsciidoctorJ bundles lies on the class path, as a JRuby load-path
 * entry ({@code uri:classloader:/gems/asciidoctor-2.0.23/lib}).
 *
 * <p>Why: AsciidoctorJ finds the gem through RubyGems, and loading RubyGems is about 0.4 s of
 * every JRuby start, on the one core that has work while JRuby starts (issue 9). With the gem's
 * {@code lib} folder on the load path, {@code require 'asciidoctor'} needs no RubyGems, so
 * {@code Main} switches RubyGems off ({@link JRubySettings}). The version is read from the jar, so
 * that upgrading AsciidoctorJ needs no change here.
 */
public final class AsciidoctorGem {

    private static final Pattern MAIN_FILE = Pattern.compile("gems/(asciidoctor-[0-9][^/]*)/lib/asciidoctor\\.rb");

    private AsciidoctorGem() {
    }

    /** The load-path entry of the bundled gem's {@code lib} folder. */
    public static String loadPath() {
        Path jar;
        try {
            jar = Path.of(AsciidoctorJRuby.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot locate the AsciidoctorJ jar on the class path", e);
        }
        if (Files.isDirectory(jar)) {
            throw new IllegalStateException("AsciidoctorJ is a folder on the class path (" + jar + "), not its jar");
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().map(ZipEntry::getName).map(MAIN_FILE::matcher).filter(Matcher::matches)
                    .map(found -> "uri:classloader:/gems/" + found.group(1) + "/lib")
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no gems/asciidoctor-*/lib/asciidoctor.rb in " + jar));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
    }
}
