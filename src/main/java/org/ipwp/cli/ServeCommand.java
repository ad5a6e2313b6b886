package org.ipwp.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.ipwp.diag.ExitCode;
import org.ipwp.preview.PreviewConfig;
import org.ipwp.preview.PreviewSession;

/** {@code serve}: parses options, starts a {@link PreviewSession} and runs until Ctrl-C. */
final class ServeCommand {

    private final PrintStream out;
    private final PrintStream err;

    ServeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        PreviewConfig config;
        try {
            config = parse(args);
        } catch (UsageException e) {
            return UsageException.report(err, "ipwp serve", e.getMessage());
        }
        PreviewSession session;
        try {
            session = PreviewSession.start(config, out, err);
        } catch (IOException e) {
            err.println("ipwp serve: cannot start: " + e.getMessage());
            return ExitCode.IO_ERROR.code();
        }
        CountDownLatch stopped = new CountDownLatch(1);
        // Ctrl-C runs shutdown hooks: stop watching and serving before the JVM goes.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            session.close();
            out.println("preview stopped");
            stopped.countDown();
        }, "ipwp-preview-shutdown"));
        out.println("serving " + config.output() + " at " + session.url() + " (Ctrl-C to stop)");
        if (!config.host().equals("127.0.0.1") && !config.host().equals("localhost") && !config.host().equals("::1")) {
            err.println("warning: --host " + config.host() + " exposes the preview (and drafts) beyond this machine");
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            session.close();
        }
        return ExitCode.OK.code();
    }

    private static PreviewConfig parse(String[] args) throws UsageException {
        Path source = Path.of("");
        Path output = Path.of("target", "preview");
        String host = "127.0.0.1";
        int port = 8080;
        boolean drafts = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--source" -> source = Path.of(UsageException.optionValue(args, ++i, arg));
                case "--out" -> output = Path.of(UsageException.optionValue(args, ++i, arg));
                case "--host" -> host = UsageException.optionValue(args, ++i, arg);
                case "--port" -> port = port(UsageException.optionValue(args, ++i, arg));
                case "--drafts" -> drafts = true;
                default -> throw new UsageException("unknown option '" + arg + "'");
            }
        }
        source = source.toAbsolutePath().normalize();
        if (!Files.isDirectory(source)) {
            throw new UsageException("--source " + source + " is not a folder");
        }
        Path absoluteOutput = output.toAbsolutePath().normalize();
        if (source.startsWith(absoluteOutput) || absoluteOutput.startsWith(source.resolve("content"))
                || absoluteOutput.equals(source)) {
            throw new UsageException("--out " + output + " must not contain the site or be inside content/");
        }
        for (String input : new String[] {"templates", "data", "assets"}) {
            if (absoluteOutput.startsWith(source.resolve(input))) {
                throw new UsageException("--out " + output + " must not be inside " + input + "/ (it is watched)");
            }
        }
        if (!replaceable(absoluteOutput)) {
            throw new UsageException("--out " + output + " exists, is not empty and was not built by ipwp");
        }
        return new PreviewConfig(source, absoluteOutput, host, port, drafts);
    }

    /** Same rule as the builder's: refuse to replace a folder ipwp did not make. */
    private static boolean replaceable(Path output) throws UsageException {
        if (!Files.exists(output)) {
            return true;
        }
        if (!Files.isDirectory(output)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(output)) {
            return entries.findAny().isEmpty() || Files.isRegularFile(output.resolve(".ipwp-site"));
        } catch (IOException e) {
            throw new UsageException("cannot read --out " + output + ": " + e.getMessage());
        }
    }

    private static int port(String text) throws UsageException {
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException("--port needs a number from 0 to 65535, not '" + text + "'");
        }
    }
}
