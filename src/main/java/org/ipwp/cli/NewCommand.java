package org.ipwp.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipwp.diag.ExitCode;
import org.ipwp.letters.DocumentNumber;
import org.ipwp.letters.LetterKind;
import org.ipwp.letters.LetterScaffold;
import org.ipwp.letters.LetterScaffoldWriter;
import org.ipwp.letters.NewLetterRequest;
import org.ipwp.letters.ScaffoldConflictException;

/**
 * {@code new letter}: parses the options into a {@link NewLetterRequest} and writes the
 * {@link LetterScaffold} pair with {@link LetterScaffoldWriter}. {@code new} takes what to create
 * as its first word so that other scaffolds (a chapter, a dataset) can join it later.
 */
final class NewCommand {

    /** Options that take a value; every one may be given once. */
    private static final List<String> LETTER_OPTIONS = List.of("--number", "--date", "--name", "--kind", "--proposal",
            "--deputy", "--session", "--title", "--source");

    private final PrintStream out;
    private final PrintStream err;

    NewCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        if (args.length == 0 || !args[0].equals("letter")) {
            return UsageException.report(err, "ipwp new", args.length == 0 ? "say what to create: 'new letter'"
                    : "cannot create '" + args[0] + "'; only 'new letter' exists");
        }
        Path source;
        LetterScaffold scaffold;
        try {
            Map<String, String> options = parse(args);
            source = Path.of(options.getOrDefault("--source", "")).toAbsolutePath().normalize();
            if (!Files.isRegularFile(source.resolve("jbake.properties"))) {
                throw new UsageException("--source " + source + " is not a site folder (no jbake.properties)");
            }
            scaffold = new LetterScaffold(request(options));
        } catch (UsageException e) {
            return UsageException.report(err, "ipwp new letter", e.getMessage());
        }
        try {
            List<Path> written = new LetterScaffoldWriter(source).write(scaffold);
            written.forEach(file -> out.println("created " + file));
            out.println("""
                    next steps:
                      1. replace every TODO placeholder in both files (header and body) with the letter's text;
                         the // comments at the top of each body say what goes where
                      2. when both are complete, change status=draft to status=published in both files
                         (a published letter that still holds a placeholder fails the build)
                      3. preview: java -jar target/ipwp.jar build --drafts; then check: java -jar target/ipwp.jar build --strict""");
            return ExitCode.OK.code();
        } catch (ScaffoldConflictException e) {
            err.println("ipwp new letter: " + e.getMessage());
            return ExitCode.CONFIGURATION_ERROR.code();
        } catch (IOException e) {
            err.println("ipwp new letter: cannot write the letter: " + e);
            return ExitCode.IO_ERROR.code();
        }
    }

    private static Map<String, String> parse(String[] args) throws UsageException {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String option = args[i];
            if (!LETTER_OPTIONS.contains(option)) {
                throw new UsageException("unknown option '" + option + "'");
            }
            String value = UsageException.optionValue(args, ++i, option);
            if (options.putIfAbsent(option, value) != null) {
                throw new UsageException(option + " is given twice");
            }
        }
        for (String required : List.of("--number", "--date")) {
            if (!options.containsKey(required)) {
                throw new UsageException(required + " is required, e.g. --number 渝市监函〔2021〕12号 --date 2021-04-20");
            }
        }
        return options;
    }

    private static NewLetterRequest request(Map<String, String> options) throws UsageException {
        DocumentNumber.Parsed parsed = DocumentNumber.parse(options.get("--number").strip());
        if (parsed.number() == null) {
            throw new UsageException("--number " + parsed.problem());
        }
        LocalDate date;
        try {
            date = LocalDate.parse(options.get("--date").strip());
        } catch (DateTimeParseException e) {
            throw new UsageException("--date '" + options.get("--date") + "' is not a date in the form YYYY-MM-DD, e.g. 2021-04-20");
        }
        String kindCode = options.getOrDefault("--kind", LetterKind.NPC_SUGGESTION.code());
        LetterKind kind = LetterKind.ofCode(kindCode).orElseThrow(() -> new UsageException(
                "--kind must be npc-suggestion (人大建议) or cppcc-proposal (政协提案), got '" + kindCode + "'"));
        String name = options.getOrDefault("--name", NewLetterRequest.defaultName(parsed.number()));
        try {
            return new NewLetterRequest(parsed.number(), date, name, kind, options.get("--proposal"),
                    options.get("--deputy"), options.get("--session"), options.get("--title"));
        } catch (IllegalArgumentException e) {
            // The request states its own rules (year, name, proposal number); they are usage errors here.
            throw new UsageException(e.getMessage());
        }
    }
}
