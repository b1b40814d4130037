package org.reportdesk.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.reportdesk.cli.Cli;
import org.reportdesk.i18n.Messages;
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
        // A double-clicked .report.json (the installers' file association) arrives as the only argument.
        if (args.length == 1 && args[0].toLowerCase(Locale.ROOT).endsWith(ReportJson.EXTENSION)
                && Files.isRegularFile(Path.of(args[0]))) {
            ReportDeskApp.openAtStart(Path.of(args[0]).toAbsolutePath());
            args = new String[0];
        }
        int code = Cli.run(DesktopApp::launch, args);
        if (!DesktopApp.wasLaunched()) {
            System.exit(code);
        }
    }
}
