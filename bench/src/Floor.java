import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;

/**
 * The benchmark floor: one JVM converting exactly the AsciiDoc bodies of a site's content/ with
 * AsciidoctorJ and writing them, nothing else (no extensions, templates, data or checks).
 * Usage: java -cp 'target/lib/*:bench/out/classes' Floor SITE OUT
 */
public final class Floor {
    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0], "content");
        Path out = Path.of(args[1]);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(content)) {
            files = walk.filter(p -> p.toString().endsWith(".adoc")).sorted().toList();
        }
        long start = System.nanoTime();
        try (Asciidoctor asciidoctor = Asciidoctor.Factory.create()) {
            long created = System.nanoTime();
            Options options = Options.builder().safe(SafeMode.SAFE).baseDir(content.toFile()).standalone(false).build();
            for (Path file : files) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                int separator = text.indexOf("\n~~~~~~\n");
                String body = separator < 0 ? text : text.substring(separator + 8);
                String html = asciidoctor.convert(body, options);
                Path target = out.resolve(content.relativize(file).toString().replace(".adoc", ".html"));
                Files.createDirectories(target.getParent());
                Files.writeString(target, html, StandardCharsets.UTF_8);
            }
            System.out.printf("floor: %d files, create %d ms, convert %d ms%n", files.size(),
                    (created - start) / 1_000_000, (System.nanoTime() - created) / 1_000_000);
        }
    }
}
