package org.ipwp.cli;

import java.io.PrintStream;
import org.ipwp.diag.ExitCode;

/** A command line that cannot be understood; exit code 2 with the message and the usage. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }

    /**
     * The value of {@code option}, at {@code args[index]}; a missing value, or another option in
     * its place ({@code --out --drafts}), is a usage error rather than a silent misreading.
     */
    /** Prints {@code command: message} and the usage to {@code err}; returns the usage-error exit code. */
    static int report(PrintStream err, String command, String message) {
        err.println(command + ": " + message);
        err.print(Main.USAGE);
        return ExitCode.CONFIGURATION_ERROR.code();
    }

    static String optionValue(String[] args, int index, String option) throws UsageException {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args[index];
    }
}
