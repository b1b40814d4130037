package org.reportdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.docx.ExportProfile;
import org.reportdesk.docx.ProfileLibrary;
import org.reportdesk.docx.SampleReports;
import org.reportdesk.store.Database;
import org.reportdesk.store.H2ProfileStore;
import org.reportdesk.io.ReportFiles;

class ExportCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.add("--data-dir");
        all.add(dir.resolve("data").toString());
        return CliRun.execute(out, err, all.toArray(String[]::new));
    }

    @Test
    void aProfileSavedInTheDataFolderIsFoundByName() throws Exception {
        try (Database db = Database.open(dir.resolve("data"))) {
            new ProfileLibrary(new H2ProfileStore(db)).save(
                    ExportProfile.standard().toBuilder().name("市局要求").lineTwips(560).build());
        }
        Path in = dir.resolve("r.report.json");
        ReportFiles.writeReportFile(SampleReports.small(), in);
        Path docx = dir.resolve("mine.docx");
        assertThat(run("export", in.toString(), "-o", docx.toString(), "--profile", "市局要求")).isZero();
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx))) {
            assertThat(doc.getParagraphs().get(1).getCTP().getPPr().getSpacing().getLine()).hasToString("560");
        }
    }

    @Test
    void exportsAReportFile() throws Exception {
        Path in = dir.resolve("r.report.json");
        ReportFiles.writeReportFile(SampleReports.small(), in);
        Path docx = dir.resolve("out.docx");
        assertThat(run("export", in.toString(), "-o", docx.toString(), "--profile", "windows")).isZero();
        assertThat(Files.size(docx)).isGreaterThan(1000);
        assertThat(out.toString()).contains("out.docx");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("云溪县教育局2025年上半年工作总结");
        }
    }

    @Test
    void unknownProfileIsOneLineAndExitTwo() throws Exception {
        Path in = dir.resolve("r.report.json");
        ReportFiles.writeReportFile(SampleReports.small(), in);
        assertThat(run("export", in.toString(), "-o", dir.resolve("o.docx").toString(), "--profile", "fancy")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("没有名为“fancy”的导出方案").doesNotContain("\n");
        assertThat(dir.resolve("o.docx")).doesNotExist();
    }

    @Test
    void preflightErrorsAreSummedUpInOneLineOnStderrAndTheReportIsStillExported() throws Exception {
        org.reportdesk.model.Report r = clean();
        for (org.reportdesk.model.Section s : r.allSections()) {
            s.setHeading(""); // what an import of headings that were only a label leaves
        }
        Path in = dir.resolve("r.report.json");
        ReportFiles.writeReportFile(r, in);
        Path docx = dir.resolve("o.docx");
        int headings = r.allSections().size();
        assertThat(run("export", in.toString(), "-o", docx.toString())).isZero();
        assertThat(docx).exists();
        String line = err.toString().strip();
        assertThat(line).doesNotContain("\n").startsWith("检查发现 " + headings + " 处警告（标题仅有序号 " + headings);
        assertThat(out.toString()).contains("o.docx");
    }

    @Test
    void aCleanReportExportsWithoutAWordOnStderr() throws Exception {
        Path in = dir.resolve("r.report.json");
        ReportFiles.writeReportFile(clean(), in);
        assertThat(run("export", in.toString(), "-o", dir.resolve("o.docx").toString())).isZero();
        assertThat(err.toString()).isEmpty();
    }

    /** The sample report with its fields written out and no attachments: the check finds nothing in it. */
    private static org.reportdesk.model.Report clean() {
        org.reportdesk.model.Report r = SampleReports.small();
        r.setTitle("云溪县教育局2025年上半年工作总结");
        r.setDate("2025年7月5日");
        r.attachments().clear(); // short enough that the date does not fall alone onto page 2
        return r;
    }

    @Test
    void missingInputIsExitTwo() {
        assertThat(run("export", dir.resolve("none.report.json").toString(), "-o", dir.resolve("o.docx").toString())).isEqualTo(2);
        assertThat(err.toString().strip().lines().count()).isEqualTo(1);
    }

    @Test
    void severalReportsGetNumberedFiles() {
        assertThat(ExportCommand.targets(Path.of("a/out.docx"), 1)).containsExactly(Path.of("a/out.docx"));
        assertThat(ExportCommand.targets(Path.of("a/out.docx"), 2)).isEqualTo(List.of(Path.of("a/out-1.docx"), Path.of("a/out-2.docx")));
        assertThat(ExportCommand.targets(Path.of("out"), 2)).isEqualTo(List.of(Path.of("out-1.docx"), Path.of("out-2.docx")));
    }

    // cli-speed: a .docx export gets the exporter ready on a second thread; a PDF and other commands do not
    @Test
    void onlyADocxExportWarmsTheExporterUp() {
        assertThat(Cli.exportWarmsUp("--data-dir", "d", "export", "r.report.json", "-o", "r.docx")).isTrue();
        assertThat(Cli.exportWarmsUp("export", "r.report.json", "-o", "r.PDF")).isFalse();
        assertThat(Cli.exportWarmsUp("check", "r.report.json")).isFalse();
        assertThat(Cli.exportWarmsUp()).isFalse();
    }
}
