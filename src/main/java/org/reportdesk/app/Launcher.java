package org.reportdesk.app;

import org.reportdesk.cli.Cli;
import org.reportdesk.i18n.Messages;
import org.reportdesk.store.DataDirectory;

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
        int code = Cli.run(DesktopApp::launch, args);
        if (!DesktopApp.wasLaunched()) {
            System.exit(code);
        }
    }
}
