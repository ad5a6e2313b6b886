import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.jruby.AsciidoctorJRuby;
import org.ipwp.content.AsciidoctorGem;

/**
 * The benchmark floor: one JVM converting exactly the AsciiDoc bodies of a site's content/ with
 * AsciidoctorJ and writing them, nothing else (no extensions, templates, data or checks).
 * Usage: java -cp 'target/lib/*:bench/out/classes' Floor SITE OUT [THREADS]
 * THREADS (default 1, the floor the ratios use) converts on that many threads sharing the one
 * Asciidoctor instance, after a first conversion on its own: the "both cores" experiment.
 */
public final class Floor {
    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0], "content");
        Path out = Path.of(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(content)) {
            files = walk.filter(p -> p.toString().endsWith(".adoc")).sorted().toList();
        }
        long start = System.nanoTime();
        // With RubyGems switched off (-Djruby.cli.rubygems.enable=false, as the build runs), Asciidoctor
        // is required from its gem's folder, as the build does (org.ipwp.content.AsciidoctorGem).
        boolean noGems = "false".equals(System.getProperty("jruby.cli.rubygems.enable"));
        try (Asciidoctor asciidoctor = noGems ? AsciidoctorJRuby.Factory.create(List.of(AsciidoctorGem.loadPath()))
                : Asciidoctor.Factory.create()) {
            long created = System.nanoTime();
            Options options = Options.builder().safe(SafeMode.SAFE).baseDir(content.toFile()).standalone(false).build();
            if (threads <= 1) {
                for (Path file : files) {
                    convert(asciidoctor, options, content, out, file);
                }
            } else {
                convert(asciidoctor, options, content, out, files.get(0));
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                List<Future<?>> done = files.subList(1, files.size()).stream()
                        .<Future<?>>map(f -> pool.submit(() -> { convert(asciidoctor, options, content, out, f); return null; }))
                        .toList();
                for (Future<?> f : done) {
                    f.get();
                }
                pool.shutdown();
            }
            System.out.printf("floor: %d files, %d thread(s), create %d ms, convert %d ms%n", files.size(), threads,
                    (created - start) / 1_000_000, (System.nanoTime() - created) / 1_000_000);
        }
    }

    private static void convert(Asciidoctor asciidoctor, Options options, Path content, Path out, Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int separator = text.indexOf("\n~~~~~~\n");
        String body = separator < 0 ? text : text.substring(separator + 8);
        String html = asciidoctor.convert(body, options);
        Path target = out.resolve(content.relativize(file).toString().replace(".adoc", ".html"));
        Files.createDirectories(target.getParent());
        Files.writeString(target, html, StandardCharsets.UTF_8);
    }
}
