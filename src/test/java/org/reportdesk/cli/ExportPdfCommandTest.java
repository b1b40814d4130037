package org.reportdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.docx.SampleReports;
import org.reportdesk.io.ReportFiles;
import org.reportdesk.layout.fonts.FontSet;

/** {@code export FILE -o OUT.pdf}: the extension chooses the format. */
class ExportPdfCommandTest {

    @TempDir
    Path dir;

    @Test
    void aPdfNameGetsAPdfNotADocx() throws Exception {
        assumeTrue(FontSet.forPdf().fontFor("仿宋_GB2312", '中') != null, "no embeddable CJK TrueType font: skipped");
        Path in = dir.resolve("r.report.json");
        ReportFiles.writeReportFile(SampleReports.small(), in);
        Path pdf = dir.resolve("out.pdf");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CliRun.execute(out, err, "export", in.toString(), "-o", pdf.toString(), "--data-dir", dir.resolve("data").toString());
        assertThat(code).isZero();
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(pdf), 5);
        assertThat(new String(head, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(out.toString()).contains("out.pdf");
    }

    @Test
    void severalReportsGetNumberedPdfs() {
        assertThat(ExportCommand.targets(Path.of("x/out.pdf"), 2)).containsExactly(Path.of("x/out-1.pdf"), Path.of("x/out-2.pdf"));
        assertThat(ExportCommand.targets(Path.of("x/out.docx"), 2)).containsExactly(Path.of("x/out-1.docx"), Path.of("x/out-2.docx"));
    }
}
