package org.reportdesk.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.reportdesk.cli.Cli;
import org.reportdesk.docx.ExporterWarmUp;
import org.reportdesk.i18n.Messages;
import org.reportdesk.store.DataDirectory;
import org.reportdesk.json.ReportJson;

/**
 * Plain entry point of the jar. It does not extend {@code javafx.application.Application}, so a
 * fat jar with JavaFX on the class path starts. Without a command it opens the app; with one it
 * runs that CLI command and exits with its code.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Messages.applyLanguageSetting();
        AppLogging.install(DataDirectory.resolve(AppLogging.dataDirArgument(args)));
        if (Cli.exportWarmsUp(args)) {
            // after the log set-up, so nothing it logs reaches the terminal; a daemon: it never
            // keeps the process alive, and the export does not depend on it
            Thread warmUp = new Thread(ExporterWarmUp::run, "docx-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
        }
        // A double-clicked .report.json (the installers' file association) arrives as the last argument,
        // alone or after --data-dir DIR.
        int last = args.length - 1;
        if ((args.length == 1 || (args.length == 3 && "--data-dir".equals(args[0])))
                && args[last].toLowerCase(Locale.ROOT).endsWith(ReportJson.EXTENSION)
                && Files.isRegularFile(Path.of(args[last]))) {
            ReportDeskApp.openAtStart(Path.of(args[last]).toAbsolutePath());
            args = java.util.Arrays.copyOf(args, last);
        }
        int code = Cli.run(DesktopApp::launch, args);
        if (!DesktopApp.wasLaunched()) {
            System.exit(code);
        }
    }
}
