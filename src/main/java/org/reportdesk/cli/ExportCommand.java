package org.reportdesk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.reportdesk.services.Importer;
import org.reportdesk.docx.DocxExporter;
import org.reportdesk.docx.ExportProfile;
import org.reportdesk.i18n.Messages;
import org.reportdesk.i18n.UserFacingException;
import org.reportdesk.io.ReportFiles;
import org.reportdesk.model.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code export FILE -o OUT.docx [--profile P]}: a report (or any importable file) as a GB/T 9704 .docx. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a report as a .docx laid out to GB/T 9704-2012, or as a PDF of the same pages when OUT ends in .pdf.",
            "FILE is a .report.json or any file the import command reads. A file holding several reports "
                + "(a collection) gives OUT-1.docx, OUT-2.docx, ...; a single report goes to OUT.docx. "
                + "The path of every file written is printed."})
public final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "report file or importable file")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.docx", description = "the .docx to write")
    Path output;

    @Option(names = {"-p", "--profile"}, paramLabel = "P", defaultValue = ExportProfile.STANDARD_NAME,
            description = "export profile name (default: ${DEFAULT-VALUE}; built in: standard, windows, local)")
    String profileName;

    @Spec
    CommandSpec spec;

    private final Function<String, Optional<ExportProfile>> profiles;
    private final DocxExporter exporter = new DocxExporter();

    /** @param profiles resolves a profile name given with {@code --profile} */
    public ExportCommand(Function<String, Optional<ExportProfile>> profiles) {
        this.profiles = profiles;
    }

    @Override
    public Integer call() {
        ExportProfile profile = profiles.apply(profileName)
                .orElseThrow(() -> new UserFacingException("export.unknownProfile", profileName));
        List<Report> reports = Importer.readReports(file);
        if (reports.isEmpty()) {
            throw new UserFacingException("export.emptyInput", file.toString());
        }
        String summary = PreflightSummary.of(reports);
        if (!summary.isEmpty()) {
            spec.commandLine().getErr().println(summary);
        }
        List<Path> targets = targets(output, reports.size());
        // layout-pdf: the extension chooses the format (-o OUT.pdf writes a PDF of the laid-out pages)
        org.reportdesk.pdf.PdfExporter pdf = isPdf(output) ? new org.reportdesk.pdf.PdfExporter() : null;
        for (int i = 0; i < targets.size(); i++) {
            if (pdf != null) {
                pdf.export(reports.get(i), profile, targets.get(i));
            } else {
                exporter.export(reports.get(i), profile, targets.get(i));
            }
            spec.commandLine().getOut().println(Messages.get("export.done", targets.get(i)));
        }
        if (pdf != null) {
            pdf.substitutes().forEach((face, font) -> spec.commandLine().getErr().println(
                    Messages.get("export.pdf.fontSubstitute", face, font)));
        }
        return Cli.EXIT_OK;
    }

    /** Whether the export named by these arguments writes .docx files (no argument ends in .pdf). */
    static boolean writesDocx(List<String> arguments) {
        return arguments.stream().noneMatch(a -> a.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf"));
    }

    /** OUT.docx for one report; OUT-1.docx, OUT-2.docx … for several. */
    static List<Path> targets(Path output, int count) {
        if (count == 1) {
            return List.of(output);
        }
        String name = output.getFileName().toString();
        String ext = isPdf(output) ? ".pdf" : ".docx";
        int dot = name.toLowerCase(java.util.Locale.ROOT).endsWith(ext) ? name.length() - ext.length() : name.length();
        List<Path> out = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            out.add(output.resolveSibling(name.substring(0, dot) + "-" + i + ext));
        }
        return out;
    }

    static boolean isPdf(Path output) {
        return output.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
    }
}
