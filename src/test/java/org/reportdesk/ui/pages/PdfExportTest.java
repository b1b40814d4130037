package org.reportdesk.ui.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportdesk.docx.ExportProfile;
import org.reportdesk.model.Report;
import org.reportdesk.services.DirectTaskExecutor;
import org.reportdesk.testing.LargeInputs;
import org.reportdesk.ui.export.FolderOpener;

/** 导出 PDF in the app: where it asks, what it writes, and 打开 through the system (never for real in a test). */
class PdfExportTest {

    private final PagePrinterTest.Said dialogs = new PagePrinterTest.Said();
    private final List<Path> opened = new ArrayList<>();
    private final List<Path> written = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final FolderOpener opener = new FolderOpener() {
        @Override
        public boolean supported() {
            return true;
        }

        @Override
        public void open(Path p) {
            opened.add(p);
        }
    };

    private PdfExport export(PdfExport.Writer writer) {
        return new PdfExport(dialogs, new DirectTaskExecutor(), opener, writer, notes::add);
    }

    @Test
    void writesThePdfWithThePdfExtensionNamesTheSubstituteAndOpensItWhenAsked() {
        Report r = LargeInputs.reportOf(3_000);
        dialogs.fileAnswer = Path.of("/tmp/out/总结");
        dialogs.chooseAnswer = 0;
        List<Path> done = new ArrayList<>();
        export((report, profile, target) -> {
            written.add(target);
            return Map.of("仿宋_GB2312", "UMingCN");
        }).export(r, ExportProfile.standard(), Path.of("/tmp"), "总结", done::add);
        Path pdf = Path.of("/tmp/out/总结.pdf");
        assertThat(written).containsExactly(pdf);
        assertThat(done).containsExactly(pdf);
        assertThat(dialogs.said.get(0)).isEqualTo("save:总结.pdf:[*.pdf]");
        assertThat(dialogs.said.get(1)).startsWith("choose:已导出 PDF：" + pdf)
                .contains("本机没有字体“仿宋_GB2312”，PDF 中以 UMingCN 代替").endsWith("[打开, 关闭]");
        assertThat(opened).containsExactly(pdf);
    }

    @Test
    void closeOpensNothingAndAFailureIsOneSentence() {
        dialogs.fileAnswer = Path.of("/tmp/a.pdf");
        dialogs.chooseAnswer = 1;
        export((report, profile, target) -> Map.of()).export(LargeInputs.reportOf(500), ExportProfile.standard(),
                Path.of("/tmp"), "a", p -> { });
        assertThat(opened).isEmpty();
        export((report, profile, target) -> {
            throw new org.reportdesk.i18n.UserFacingException("export.pdf.noFont", "仿宋_GB2312");
        }).export(LargeInputs.reportOf(500), ExportProfile.standard(), Path.of("/tmp"), "a", p -> { });
        assertThat(dialogs.said).last().asString().startsWith("error:本机没有可嵌入 PDF 的中文字体（仿宋_GB2312）");
    }
}
