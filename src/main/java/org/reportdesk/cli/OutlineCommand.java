package org.reportdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.reportdesk.i18n.Messages;
import org.reportdesk.json.OutlineJson;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code outline FILE [--json] [--split]}: the outline of a report file or of any importable file.
 * A collection gives one report per piece only with {@code --split}; without it, its first piece
 * (and a warning on stderr).
 */
@Command(name = "outline", mixinStandardHelpOptions = true,
        description = "Print the outline of a report file or of a .txt/.md/.docx file.")
public final class OutlineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--json", description = "Print [{\"title\",\"opening\",\"sections\":[{\"heading\",\"text\",\"children\"}]}].")
    boolean json;

    @Option(names = "--split", description = "One report per piece of a collection (篇一, 篇1：…).")
    boolean split;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Report> reports = ImportSources.read(file, split, spec.commandLine().getErr());
        if (json) {
            out.println(OutlineJson.write(reports));
        } else {
            for (Report r : reports) {
                out.println(r.title());
                r.sections().forEach(s -> tree(out, s));
            }
        }
        out.flush();
        return Cli.EXIT_OK;
    }

    private static void tree(PrintWriter out, Section s) {
        String heading = s.heading().isEmpty() ? Messages.get("import.missingHeading") : s.heading();
        out.println("  ".repeat(s.depth()) + s.label() + heading);
        s.children().forEach(c -> tree(out, c));
    }
}
