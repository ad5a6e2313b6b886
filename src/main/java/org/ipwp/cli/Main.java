package org.ipwp.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.ipwp.content.JRubySettings;
import org.ipwp.diag.ExitCode;

/** Entry point: {@code java -jar ipwp.jar <command> [options]}. */
public final class Main {

    static final String USAGE = """
            usage: java -jar target/ipwp.jar <command> [options]

            commands:
              build   bake the site into a folder
                      --source DIR    site folder (default: current directory)
                      --out DIR       output folder (default: target/site), replaced as a whole
                      --base-url URL  absolute URL the site is published at, e.g. https://example.org/ipwp/
                      --drafts        include status=draft pages, marked as drafts
                      --strict        warnings fail the build (use in CI)
                      --cache DIR     conversion cache folder (default: target/ipwp-cache); unchanged
                                      AsciiDoc is not converted again; keep it between CI runs
                      --no-cache      convert every body, read and write no cache
              check   inspect a built site: links, #fragments, third-party loads, HTML validity (Nu Html
                      Checker), both languages, alt text, table captions and headers, heading order, size
                      --site DIR      built site (default: target/site)
                      --base-url URL  the URL it was built for (default: read from zh/index.html)
                      --vnu JAR       the Nu Html Checker (default: node_modules/vnu-jar/build/dist/vnu.jar)
                      --no-html       skip HTML validation
                      --budget-kb N   largest page with its CSS and scripts (default: 300)
              serve   build into a preview folder, serve it and rebuild + reload the browser on every save
                      (an edited page re-renders what shows it, anything else rebuilds in full;
                      the reload script is injected only when serving)
                      --source DIR    site folder (default: current directory)
                      --out DIR       preview output folder (default: target/preview)
                      --host HOST     interface to bind (default: 127.0.0.1, this machine only)
                      --port N        port (default: 8080; 0 picks a free one)
                      --drafts        include status=draft pages, marked as drafts
              new letter  scaffold a reply letter pair, content/{zh,en}/letters/<year>/<name>.adoc,
                      as status=draft with TODO placeholders for what is not given
                      --number NUMBER    document number, e.g. 渝市监函〔2021〕12号 (required)
                      --date YYYY-MM-DD  date of issue, in the number's year (required)
                      --name NAME        file name: a-z, 0-9, single hyphens (default: letter-<serial>)
                      --kind KIND        npc-suggestion or cppcc-proposal (default: npc-suggestion)
                      --proposal NNNN    suggestion/proposal number, e.g. 0584 (default: 0000, a placeholder)
                      --deputy NAME      deputy or member answered, in Chinese
                      --session TEXT     congress session, e.g. 市五届人大三次会议
                      --title TEXT       Chinese title (default: derived from --session and --proposal)
                      --source DIR       site folder (default: current directory)
            exit codes: 0 ok, 1 content errors, 2 configuration or usage error, 3 I/O or internal error
            """;

    private Main() {
    }

    public static void main(String[] args) {
        // JRuby starts faster without RubyGems and native calls (JRubySettings); a -D still wins.
        JRubySettings.applyUnlessSet();
        String setting = System.getProperty("ipwp.jvm", System.getenv("IPWP_JVM"));
        String classPath = ShortRunJvm.absolute(System.getProperty("java.class.path", ""));
        SharedArchive archive = SharedArchive.forClassPath(classPath, System.getProperty("java.vm.version"));
        Optional<Integer> relaunched = ShortRunJvm.command(args, System.getProperty("java.home"), classPath,
                        ManagementFactory.getRuntimeMXBean().getInputArguments(), setting, archive)
                .flatMap(command -> ShortRunJvm.run(command, archive));
        if (relaunched.isPresent()) {
            System.exit(relaunched.get());
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs a command and returns its exit code (tests call this instead of {@link #main}). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            (args.length == 0 ? err : out).print(USAGE);
            return args.length == 0 ? ExitCode.CONFIGURATION_ERROR.code() : ExitCode.OK.code();
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "build" -> new BuildCommand(out, err).run(rest);
            case "check" -> new CheckCommand(out, err).run(rest);
            case "new" -> new NewCommand(out, err).run(rest);
            case "serve" -> new ServeCommand(out, err).run(rest);
            default -> {
                err.println("ipwp: unknown command '" + args[0] + "'");
                err.print(USAGE);
                yield ExitCode.CONFIGURATION_ERROR.code();
            }
        };
    }
}
