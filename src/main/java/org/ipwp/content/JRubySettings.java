package org.ipwp.content;

import java.util.Map;
import java.util.TreeMap;

/**
 * The JRuby system properties every ipwp JVM sets before its first JRuby runtime starts, each
 * measured by {@code bench/} on the 1,000-page corpus (issue 9). A {@code -D} given on the command
 * line still wins.
 *
 * <ul>
 *   <li>{@value #RUBYGEMS}{@code =false}: Asciidoctor is required from its gem's folder
 *       ({@link AsciidoctorGem}), so JRuby need not load RubyGems: 0.4 s of every start.</li>
 *   <li>{@value #NATIVE}{@code =false}: JRuby's POSIX layer in Java instead of binding the C library
 *       through jnr-ffi, which generates hundreds of classes while JRuby starts. Asciidoctor only
 *       reads files and expands paths, which the Java layer does alike (the output is byte-identical);
 *       JRuby is ready about 0.1 s sooner and a cold build takes about 0.3 s and 0.5 CPU s less.</li>
 *   <li>{@value #JIT_THRESHOLD}{@code =}{@value #JIT_HELD_BACK}: JRuby's compiler of Ruby methods to JVM
 *       bytecode held back until the {@link AsciidoctorEngine} has converted enough bodies to profit from
 *       it; the engine then sets JRuby's usual threshold ({@value #JIT_USUAL} calls). Compiling
 *       Asciidoctor's methods, and the JVM compiling that bytecode again, is wasted on a cached rebuild
 *       that converts one body: about 0.25 s of its 1.8 s.</li>
 * </ul>
 */
public final class JRubySettings {

    /** Leaves RubyGems unloaded when {@code false}; read as a runtime is created. */
    public static final String RUBYGEMS = "jruby.cli.rubygems.enable";

    /** Uses JRuby's Java POSIX layer instead of native calls when {@code false}. */
    public static final String NATIVE = "jruby.native.enabled";

    /** Calls of a Ruby method before JRuby compiles it to JVM bytecode. */
    public static final String JIT_THRESHOLD = "jruby.jit.threshold";

    /** {@link #JIT_THRESHOLD} while held back: never reached. */
    public static final int JIT_HELD_BACK = Integer.MAX_VALUE;

    /** JRuby's own default for {@link #JIT_THRESHOLD}. */
    public static final int JIT_USUAL = 50;

    /** The settings and their values, in a fixed order. */
    public static final Map<String, String> DEFAULTS = new TreeMap<>(Map.of(RUBYGEMS, "false", NATIVE, "false",
            JIT_THRESHOLD, String.valueOf(JIT_HELD_BACK)));

    private JRubySettings() {
    }

    /** Sets each of {@link #DEFAULTS} not already set in this JVM. */
    public static void applyUnlessSet() {
        DEFAULTS.forEach((name, value) -> {
            if (System.getProperty(name) == null) {
                System.setProperty(name, value);
            }
        });
    }
}
