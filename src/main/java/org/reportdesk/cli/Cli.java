package org.reportdesk.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.reportdesk.docx.ExportProfile;
import org.reportdesk.docx.ExportProfiles;
import org.reportdesk.docx.ProfileLibrary;
import org.reportdesk.store.Database;
import org.reportdesk.store.H2ProfileStore;
import org.reportdesk.i18n.Messages;
import org.reportdesk.i18n.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The command line: builds the picocli tree and runs it. Exit codes: 0 done, 1 the command found
 * problems (e.g. {@code check} errors), 2 unreadable or bad input (one line on stderr, no stack trace).
 */
public final class Cli {

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);
    public static final int EXIT_OK = 0;
    public static final int EXIT_FINDINGS = 1;
    public static final int EXIT_BAD_INPUT = 2;

    private Cli() {
    }

    /**
     * The command tree. {@code appLauncher} opens the desktop app on a data folder; it runs when no
     * command is given.
     */
    public static CommandLine commandLine(Consumer<Path> appLauncher) {
        return commandLine(appLauncher, null);
    }

    /**
     * The command tree for {@code args}: when they name a command, only that command is built.
     * picocli reads every command's annotations when it is added, and some commands load heavy
     * libraries (Jackson databind, Lucene) as they are created; a one-shot {@code export} should
     * not pay for {@code check} or {@code templates}, and opening the app (no command, at most
     * {@code --data-dir}) builds none. Help and unknown commands get the whole tree; so do null
     * arguments (not known in advance).
     */
    public static CommandLine commandLine(Consumer<Path> appLauncher, List<String> arguments) {
        ReportDeskCommand root = new ReportDeskCommand(appLauncher);
        CommandLine cl = new CommandLine(root);
        // Subcommands are registered here, one line each.
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("check", CheckCommand::new);
        commands.put("import", ImportCommand::new);
        commands.put("outline", OutlineCommand::new);
        commands.put("templates", TemplatesCommand::new);
        commands.put("export", () -> new ExportCommand(name -> profileByName(root, name)));
        commands.put("backup", BackupCommands.Backup::new);
        commands.put("restore", BackupCommands.Restore::new);
        String named = arguments == null ? null : commandName(arguments);
        boolean opensApp = arguments != null && named == null && onlyDataDir(arguments);
        commands.forEach((name, command) -> {
            if (!opensApp && (named == null || !commands.containsKey(named) || named.equals(name))) {
                cl.addSubcommand(name, command.get());
            }
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // One sentence on the terminal; what went wrong in detail only in the log file.
            if (ex instanceof UserFacingException) {
                if (ex.getCause() != null) {
                    LOG.warn("command refused: {}", ex.getLocalizedMessage(), ex);
                }
                commandLine.getErr().println(ex.getLocalizedMessage());
            } else {
                LOG.error("command failed", ex);
                commandLine.getErr().println(Messages.get("cli.unexpected", ex.getClass().getSimpleName()));
            }
            return EXIT_BAD_INPUT;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println(ex.getMessage());
            return EXIT_BAD_INPUT;
        });
        return cl;
    }

    /** Built-in profiles need no database; a saved one is looked up in the data folder. */
    private static Optional<ExportProfile> profileByName(ReportDeskCommand root, String name) {
        Optional<ExportProfile> builtin = ExportProfiles.byName(name);
        if (builtin.isPresent()) {
            return builtin;
        }
        try (Database db = Database.open(root.dataDir())) {
            return new ProfileLibrary(new H2ProfileStore(db)).byName(name);
        }
    }

    private static boolean onlyDataDir(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--data-dir")) {
                i++;
            } else if (!a.startsWith("--data-dir=")) {
                return false;
            }
        }
        return true;
    }

    /** The first argument that is not a root option (or its value): the command's name, or null. */
    static String commandName(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--data-dir")) {
                i++;
            } else if (!a.startsWith("-")) {
                return a;
            }
        }
        return null;
    }

    /**
     * Whether the process should get the .docx exporter ready on a second thread while {@code args}
     * are parsed and the report is read and checked (cli-speed: about half of a cold export is the
     * exporter's first use). Only for {@code export} to a .docx; {@code -Dreportdesk.exportWarmUp=false}
     * switches it off (the bench compares both).
     */
    public static boolean exportWarmsUp(String... args) {
        List<String> arguments = List.of(args);
        return "export".equals(commandName(arguments)) && ExportCommand.writesDocx(arguments)
                && Boolean.parseBoolean(System.getProperty("reportdesk.exportWarmUp", "true"));
    }

    public static int run(Consumer<Path> appLauncher, String... args) {
        CommandLine cl = commandLine(appLauncher, List.of(args));
        cl.setOut(TerminalText.writer(System.out));
        cl.setErr(TerminalText.writer(System.err));
        return cl.execute(args);
    }
}
