package org.reportdesk.ui.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.print.PageRange;
import org.junit.jupiter.api.Test;
import org.reportdesk.docx.ExportProfile;
import org.reportdesk.layout.FontMetrics;
import org.reportdesk.layout.LayoutEngine;
import org.reportdesk.model.Report;
import org.reportdesk.model.ReportSummary;
import org.reportdesk.testing.LargeInputs;
import org.reportdesk.ui.DialogService;
import org.reportdesk.ui.export.ExportViewModel;
import org.reportdesk.ui.history.HistoryViewModel;
import org.reportdesk.ui.newreport.NewReportViewModel;
import org.reportdesk.ui.profiles.ProfileEditorViewModel;
import org.reportdesk.ui.reportlist.ReportListViewModel;

/** Printing without a printer: which pages a page range means, and the one sentence when there is no printer. */
class PagePrinterTest {

    static final class Said implements DialogService {
        final List<String> said = new ArrayList<>();
        Path fileAnswer;
        int chooseAnswer;

        @Override public void showInfo(String message) { said.add("info:" + message); }
        @Override public void showError(String message) { said.add("error:" + message); }
        @Override public boolean confirm(String t, String m, String g, String b, boolean s) { throw new AssertionError(m); }
        @Override public int choose(String t, String m, List<String> a, int safe) {
            said.add("choose:" + m + ":" + a);
            return chooseAnswer;
        }
        @Override public Optional<Path> chooseFileToOpen(String t, FileType f, Path d) { throw new AssertionError(); }
        @Override public Optional<Path> chooseFileToSave(String t, FileType f, Path d, String n) {
            said.add("save:" + n + ":" + f.patterns());
            return Optional.ofNullable(fileAnswer);
        }
        @Override public Optional<Report> newReport(NewReportViewModel vm) { throw new AssertionError(); }
        @Override public Optional<ReportSummary> chooseStoredReport(ReportListViewModel vm) { throw new AssertionError(); }
        @Override public void export(ExportViewModel vm, Path folder, Runnable onClosed) { throw new AssertionError(); }
        @Override public void history(HistoryViewModel vm) { throw new AssertionError(); }
        @Override public void exportProfiles(ProfileEditorViewModel vm) { throw new AssertionError(); }
    }

    @Test
    void aPageRangeMeansThosePagesOnceInOrderWithinTheReport() {
        assertThat(PagePrinter.pagesToPrint(5, null)).containsExactly(0, 1, 2, 3, 4);
        assertThat(PagePrinter.pagesToPrint(5, new PageRange[0])).containsExactly(0, 1, 2, 3, 4);
        assertThat(PagePrinter.pagesToPrint(12, new PageRange[] {new PageRange(9, 15), new PageRange(2, 3), new PageRange(3, 3)}))
                .containsExactly(1, 2, 8, 9, 10, 11);
    }

    @Test
    void withoutAPrinterOneSentenceSaysSoAndNothingIsDrawn() {
        Said dialogs = new Said();
        List<PageSheet> sheets = new ArrayList<>();
        new LayoutEngine(FontMetrics.GRID).layout(LargeInputs.reportOf(3_000), ExportProfile.standard()).pages()
                .forEach(p -> sheets.add(PageSheet.of(p, FontMetrics.GRID)));
        boolean printed = new PagePrinter(dialogs, () -> false, s -> {
            throw new AssertionError("no page may be drawn");
        }).print(sheets, null);
        assertThat(printed).isFalse();
        assertThat(dialogs.said).containsExactly("error:没有可用的打印机：请先在系统中添加打印机，或导出 PDF 后在别的电脑上打印。");
    }
}
