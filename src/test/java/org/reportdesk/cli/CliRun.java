package org.reportdesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the real command tree with captured output; the desktop app must never open. */
final class CliRun {

    private CliRun() {
    }

    static int execute(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = Cli.commandLine(dataDir -> {
            throw new AssertionError("the app must not open");
        });
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }
}
