package org.reportdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.reportdesk.store.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command: {@code reportdesk [--data-dir DIR] [COMMAND …]}; no command opens the app. */
@Command(name = "reportdesk", mixinStandardHelpOptions = true, version = "ReportDesk 0.1",
        description = "ReportDesk 公文写作台: write work reports and export GB/T 9704 .docx files.%n"
                + "Without a command the desktop app opens.")
public final class ReportDeskCommand implements Callable<Integer> {

    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Folder of the database and settings (default: REPORTDESK_HOME, else the user data folder).")
    String dataDir;

    private final Consumer<Path> appLauncher;

    ReportDeskCommand(Consumer<Path> appLauncher) {
        this.appLauncher = appLauncher;
    }

    /** The data folder chosen on the command line, by the environment, or by the platform. */
    public Path dataDir() {
        return DataDirectory.resolve(dataDir);
    }

    @Override
    public Integer call() {
        appLauncher.accept(dataDir());
        return Cli.EXIT_OK;
    }
}
