package org.reportdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.reportdesk.services.Importer;
import org.reportdesk.io.ReportFiles;
import org.reportdesk.model.Report;
import org.reportdesk.text.ImportOptions;
import org.reportdesk.text.ImportResult;
import org.reportdesk.text.ImportWarning;

/** Reads the reports of a command's FILE argument: a report file, or any importable file. */
final class ImportSources {

    private ImportSources() {
    }

    static List<Report> read(Path file, boolean split, PrintWriter err) {
        if (ReportFiles.isReportFile(file)) {
            return List.of(ReportFiles.readReportFile(file));
        }
        if (!Importer.handles(file)) {
            return Importer.readReports(file);
        }
        ImportResult r = new Importer().importFile(file, ImportOptions.defaults().withSplitCollections(split));
        for (ImportWarning w : r.warnings()) {
            err.println(w.message());
        }
        return r.reports();
    }
}
