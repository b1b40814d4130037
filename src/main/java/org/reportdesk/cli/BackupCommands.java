package org.reportdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.reportdesk.services.BackupRules;
import org.reportdesk.i18n.Messages;
import org.reportdesk.io.ReportLimits;
import org.reportdesk.store.BackupSummary;
import org.reportdesk.store.DataDirectory;
import org.reportdesk.store.Database;
import org.reportdesk.store.DatabaseBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code backup FILE} and {@code restore FILE [--replace]} of the whole database in the data folder. */
public final class BackupCommands {

    private BackupCommands() {
    }

    static Path dataDir(CommandSpec spec) {
        return spec.root().userObject() instanceof ReportDeskCommand root ? root.dataDir() : DataDirectory.resolve(null);
    }

    @Command(name = "backup", description = "Write every report, template, version and profile to one backup FILE.",
            mixinStandardHelpOptions = true)
    public static final class Backup implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "FILE") Path file;

        @Override
        public Integer call() {
            try (Database db = Database.open(dataDir(spec))) {
                DatabaseBackup.backup(db, file);
            }
            spec.commandLine().getOut().println(Messages.get("backup.done", file.toAbsolutePath()));
            return Cli.EXIT_OK;
        }
    }

    @Command(name = "restore", description = "Restore a backup FILE into the data folder (an empty one, unless --replace). "
            + "The backup is checked whole first; the folder must not be open in the app.",
            mixinStandardHelpOptions = true)
    public static final class Restore implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "FILE") Path file;
        @Option(names = "--replace", description = "Replace an existing database (a copy is kept in backups/ first).")
        boolean replace;
        @Option(names = "--verify", description = "Only check the backup and say what it holds; change nothing.")
        boolean verifyOnly;

        @Override
        public Integer call() {
            if (verifyOnly) {
                BackupSummary s = DatabaseBackup.verify(file, BackupRules.checks());
                spec.commandLine().getOut().println(Messages.get("backup.verified", file.toAbsolutePath(),
                        s.reports(), s.versions(), s.templates(), s.profiles()));
                return Cli.EXIT_OK;
            }
            Path dir = dataDir(spec);
            DatabaseBackup.restore(file, dir, replace, BackupRules.checks(), phase -> { }).close();
            spec.commandLine().getOut().println(Messages.get("backup.restoredCli", file.toAbsolutePath(), dir));
            return Cli.EXIT_OK;
        }
    }
}
