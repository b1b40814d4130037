package org.reportdesk.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.reportdesk.i18n.UserFacingException;
import picocli.CommandLine;

/**
 * The command line: builds the picocli tree and runs it. Exit codes: 0 done, 1 the command found
 * problems (e.g. {@code check} errors), 2 unreadable or bad input (one line on stderr, no stack trace).
 */
public final class Cli {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FINDINGS = 1;
    public static final int EXIT_BAD_INPUT = 2;

    private Cli() {
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ReportDeskCommand());
        // Subcommands are registered here, one line each.
        cl.addSubcommand(new ExportCommand(org.reportdesk.docx.ExportProfiles::byName));
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println(ex instanceof UserFacingException ? ex.getLocalizedMessage()
                    : "错误 / error: " + ex);
            return EXIT_BAD_INPUT;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println(ex.getMessage());
            return EXIT_BAD_INPUT;
        });
        return cl;
    }

    public static int run(String... args) {
        CommandLine cl = commandLine();
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        return cl.execute(args);
    }
}
