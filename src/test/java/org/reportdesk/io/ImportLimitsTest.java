package org.reportdesk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.services.Importer;
import org.reportdesk.docx.DocxExporter;
import org.reportdesk.docx.ExportProfile;
import org.reportdesk.i18n.UserFacingException;
import org.reportdesk.json.ReportJson;
import org.reportdesk.json.TemplateJson;
import org.reportdesk.library.TemplatePacks;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.model.TemplateSource;
import org.reportdesk.text.ImportOptions;
import org.reportdesk.testing.LargeInputs;
import org.reportdesk.text.ImportResult;

/** Every import path holds to {@link ReportLimits}: just under is imported whole, just over is refused with one sentence. */
class ImportLimitsTest {

    @TempDir
    Path dir;

    private final Importer importer = new Importer();

    private static void assertTooLarge(Runnable importing, String name) {
        assertThatThrownBy(importing::run).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.key()).isEqualTo("import.reportTooLarge");
            assertThat(e.getMessage()).contains(name).contains("5,000").contains("100");
        });
    }

    @Test
    void textAtTheSectionLimitIsImportedWholeAndOneMoreIsRefused() throws Exception {
        Path under = dir.resolve("under.txt");
        Files.writeString(under, LargeInputs.headings(ReportLimits.MAX_SECTIONS));
        ImportResult r = importer.importFile(under, ImportOptions.defaults());
        assertThat(r.first().allSections().size()).isEqualTo(ReportLimits.MAX_SECTIONS);
        assertThat(r.first().sections().get(4_999).heading()).isEqualTo("重点工作5000");

        Path over = dir.resolve("over.md");
        Files.writeString(over, LargeInputs.headings(ReportLimits.MAX_SECTIONS + 1));
        assertTooLarge(() -> importer.importFile(over, ImportOptions.defaults()), "over.md");
        assertTooLarge(() -> importer.importText(LargeInputs.headings(ReportLimits.MAX_SECTIONS + 1), ImportOptions.defaults()),
                "剪贴板");
    }

    @Test
    void docxAtTheCharacterLimitIsImportedWholeAndOneBeyondIsRefused() throws Exception {
        Path under = docx("under.docx", LargeInputs.reportOf(ReportLimits.MAX_CHARS - 200));
        ImportResult r = importer.importFile(under, ImportOptions.defaults());
        assertThat(r.first().sections().size()).isEqualTo(10);
        assertThat(ReportLimits.isWithin(r.first())).isTrue();

        Path over = docx("over.docx", LargeInputs.reportOf(ReportLimits.MAX_CHARS + 200));
        assertTooLarge(() -> importer.importFile(over, ImportOptions.defaults()), "over.docx");
    }

    @Test
    void tooManyParagraphsAreRefusedBeforeParsing() {
        String lines = "工作\n".repeat(Importer.MAX_LINES + 1);
        long start = System.nanoTime();
        assertThatThrownBy(() -> importer.importText(lines, ImportOptions.defaults()))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("import.tooManyLines"));
        String blank = "\n".repeat(Importer.MAX_ALL_LINES + 1) + "工作";
        assertThatThrownBy(() -> importer.importText(blank, ImportOptions.defaults()))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("import.tooManyLines"));
        assertThat((System.nanoTime() - start) / 1_000_000).as("refused without parsing").isLessThan(5_000);
    }

    @Test
    void aReportFileBeyondTheLimitIsRefusedByEveryReader() throws Exception {
        Report big = new Report();
        big.setTitle("大报告");
        for (int i = 0; i <= ReportLimits.MAX_SECTIONS; i++) {
            big.root().add(new Section("节" + i));
        }
        Path f = dir.resolve("big" + ReportJson.EXTENSION);
        Files.writeString(f, ReportJson.write(big));
        assertThatThrownBy(() -> ReportFiles.readReportFile(f)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.key()).isEqualTo("limits.tooLarge"));
        assertThatThrownBy(() -> Importer.readReports(f)).isInstanceOf(UserFacingException.class);
        big.root().children().get(0).detach();
        Files.writeString(f, ReportJson.write(big));
        assertThat(ReportFiles.readReportFile(f).allSections().size()).isEqualTo(ReportLimits.MAX_SECTIONS);
    }

    @Test
    void aTemplatePackWithATemplateBeyondTheLimitIsRefusedWhole() throws Exception {
        List<Section> many = new ArrayList<>();
        for (int i = 0; i <= ReportLimits.MAX_SECTIONS; i++) {
            many.add(new Section("节" + i));
        }
        Template small = Template.of(null, "小模板", TemplateKind.SUMMARY, "综合", List.of(), "", RichText.EMPTY,
                List.of(new Section("工作")), TemplateSource.OWN);
        Template big = Template.of(null, "大模板", TemplateKind.SUMMARY, "综合", List.of(), "", RichText.EMPTY, many,
                TemplateSource.OWN);
        Path pack = dir.resolve("pack" + TemplatePacks.EXTENSION);
        Files.writeString(pack, TemplateJson.write(List.of(small, big)));
        assertThatThrownBy(() -> TemplatePacks.read(pack)).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.key()).isEqualTo("library.packTemplateTooLarge");
            assertThat(e.getMessage()).contains("大模板").contains("5,000");
        });
        Files.writeString(pack, TemplateJson.write(List.of(small, Template.of(null, "大模板", TemplateKind.SUMMARY, "综合",
                List.of(), "", RichText.EMPTY, many.subList(1, many.size()), TemplateSource.OWN))));
        assertThat(TemplatePacks.read(pack)).hasSize(2);
    }

    private Path docx(String name, Report r) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxExporter().write(r, ExportProfile.standard(), out);
        Path f = dir.resolve(name);
        Files.write(f, out.toByteArray());
        return f;
    }
}
