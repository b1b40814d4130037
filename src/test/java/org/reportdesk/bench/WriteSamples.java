package org.reportdesk.bench;

import java.nio.file.Path;
import org.reportdesk.docx.DocxExporter;
import org.reportdesk.docx.ExportProfile;
import org.reportdesk.docx.ExportProfiles;
import org.reportdesk.docx.LibreOfficeRender;
import org.reportdesk.docx.SampleReports;
import org.reportdesk.docx.SignatureMode;

/**
 * Writes the sample reports as .docx into a folder (first argument) and, when LibreOffice is
 * installed, renders them to PDF and every page to PNG (60 dpi) for looking at them.
 */
public final class WriteSamples {

    private WriteSamples() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
        DocxExporter x = new DocxExporter();
        Path small = dir.resolve("small.docx");
        Path three = dir.resolve("three.docx");
        x.export(SampleReports.small(), ExportProfile.standard(), small);
        x.export(SampleReports.threePages(), ExportProfile.standard(), three);
        Path local = dir.resolve("three-local.docx");
        x.export(SampleReports.threePages(), ExportProfiles.LOCAL.withSignatureMode(SignatureMode.NO_SEAL), local);
        if (LibreOfficeRender.available()) {
            LibreOfficeRender r = new LibreOfficeRender(dir);
            for (Path docx : new Path[] {small, three, local}) {
                Path pdf = r.toPdf(docx);
                int pages = r.lines(pdf).size();
                for (int page = 1; page <= pages; page++) {
                    String name = docx.getFileName().toString().replace(".docx", "-" + page);
                    r.toPng(pdf, page, dir.resolve(name));
                }
            }
        }
        System.out.println("written to " + dir);
    }
}
