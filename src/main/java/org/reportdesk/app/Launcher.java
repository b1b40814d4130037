package org.reportdesk.app;

import org.reportdesk.cli.Cli;
import org.reportdesk.i18n.Messages;

/**
 * Plain entry point of the jar. It does not extend {@code javafx.application.Application}, so a
 * fat jar with JavaFX on the class path starts; with arguments it runs a CLI command instead.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Messages.applyLanguageSetting();
        if (args.length > 0 && !(args.length == 2 && "--data-dir".equals(args[0]))) {
            System.exit(Cli.run(args));
        }
        System.out.println("ReportDesk app");
    }
}
