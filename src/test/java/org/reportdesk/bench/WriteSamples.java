package org.reportdesk.bench;

import java.nio.file.Path;
import org.reportdesk.docx.DocxExporter;
import org.reportdesk.docx.ExportProfile;
import org.reportdesk.docx.SampleReports;

/** Writes the sample reports as .docx files into a folder (argument), for looking at them. */
public final class WriteSamples {

    private WriteSamples() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        DocxExporter x = new DocxExporter();
        x.export(SampleReports.small(), ExportProfile.standard(), dir.resolve("small.docx"));
        x.export(SampleReports.threePages(), ExportProfile.standard(), dir.resolve("three.docx"));
        System.out.println("written to " + dir.toAbsolutePath());
    }
}
