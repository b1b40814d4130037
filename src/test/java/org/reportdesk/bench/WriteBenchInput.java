package org.reportdesk.bench;

import java.nio.file.Path;
import org.reportdesk.docx.SampleReports;
import org.reportdesk.io.AtomicFiles;
import org.reportdesk.io.ReportFiles;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;

/**
 * Writes the benchmark report (100,000 characters, 200 headings) as {@code large.report.json} and
 * the same content as {@code large.md} (headings as #, ##) into a folder, for bench/export-vs-pandoc.sh.
 */
public final class WriteBenchInput {

    private WriteBenchInput() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        Report r = SampleReports.large(100_000, 200);
        ReportFiles.writeReportFile(r, dir.resolve("large.report.json"));
        StringBuilder md = new StringBuilder("% ").append(r.title()).append("\n\n");
        for (Section s : r.allSections()) {
            md.append("#".repeat(s.depth())).append(' ').append(s.numberedHeading()).append("\n\n");
            for (Paragraph p : s.body().paragraphs()) {
                md.append(p.plainText()).append("\n\n");
            }
        }
        md.append(r.signature()).append("\n\n").append(r.date()).append('\n');
        AtomicFiles.writeString(dir.resolve("large.md"), md.toString());
        System.out.println("wrote " + dir.resolve("large.report.json") + " and " + dir.resolve("large.md"));
    }
}
