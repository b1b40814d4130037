package org.reportdesk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: {@code reportdesk COMMAND …}. With no arguments the launcher opens the app. */
@Command(name = "reportdesk", mixinStandardHelpOptions = true, version = "ReportDesk 0.1",
        description = "ReportDesk 公文写作台: write work reports and export GB/T 9704 .docx files.%n"
                + "Without arguments the desktop app opens.")
public final class ReportDeskCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
