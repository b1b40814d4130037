package org.reportdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reportdesk.i18n.Messages;
import org.reportdesk.io.ReportFiles;
import org.reportdesk.json.ReportJson;
import org.reportdesk.model.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import FILE [--split] [-o OUT]}: .txt/.md/.docx → {@code .report.json}. Several reports
 * (a collection with {@code --split}) are written as {@code OUT-1.report.json}, {@code OUT-2…},
 * all or none.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a .txt/.md/.docx file as report file(s).")
public final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--split", description = "One report file per piece of a collection (篇一, 篇1：…).")
    boolean split;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Report file to write (default: FILE.report.json).")
    Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Report> reports = ImportSources.read(file, split, spec.commandLine().getErr());
        Path base = output != null ? output : file.toAbsolutePath().resolveSibling(stem(file.getFileName().toString()));
        String stem = stem(base.getFileName().toString());
        Map<Path, Report> files = new LinkedHashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            String name = reports.size() == 1 ? stem : stem + "-" + (i + 1);
            files.put(base.resolveSibling(name + ReportJson.EXTENSION), reports.get(i));
        }
        ReportFiles.writeReportFiles(files);
        files.keySet().forEach(target -> out.println(Messages.get("import.wrote", target)));
        out.flush();
        return Cli.EXIT_OK;
    }

    private static String stem(String name) {
        if (name.endsWith(ReportJson.EXTENSION)) {
            return name.substring(0, name.length() - ReportJson.EXTENSION.length());
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
