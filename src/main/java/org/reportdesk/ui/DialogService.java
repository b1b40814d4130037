package org.reportdesk.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.reportdesk.model.Report;
import org.reportdesk.model.ReportSummary;
import org.reportdesk.ui.export.ExportViewModel;
import org.reportdesk.ui.history.HistoryViewModel;
import org.reportdesk.ui.newreport.NewReportViewModel;
import org.reportdesk.ui.profiles.ProfileEditorViewModel;
import org.reportdesk.ui.reportlist.ReportListViewModel;

/**
 * Every question the app asks the user and every window it opens over the main one, behind one
 * interface: view models call it, the app implements it with JavaFX ({@link FxDialogService}), and
 * tests answer with a double, so no command needs a stage to be tested.
 */
public interface DialogService {

    /** Files offered in a chooser: a description and patterns such as {@code *.docx}. */
    record FileType(String description, List<String> patterns) {
        public FileType(String description, String... patterns) {
            this(description, List.of(patterns));
        }
    }

    /** The table 插入 → 表格… makes: rows × columns and a title (表题, may be empty). */
    record TableSize(int rows, int columns, String title) {
    }

    void showInfo(String message);

    void showError(String message);

    /**
     * Asks before something that cannot be taken back; true for {@code goText}. {@code safeIsDefault}
     * makes the safe answer the one Enter picks.
     */
    boolean confirm(String title, String message, String goText, String backText, boolean safeIsDefault);

    /**
     * Asks a question with several answers (buttons in the given order); returns the index of the
     * answer, or {@code safe} when the dialog is closed without one. {@code safe} is also the
     * answer Enter picks.
     */
    int choose(String title, String message, List<String> answers, int safe);

    Optional<Path> chooseFileToOpen(String title, FileType type, Path folder);

    Optional<Path> chooseFileToSave(String title, FileType type, Path folder, String fileName);

    Optional<Report> newReport(NewReportViewModel vm);

    Optional<ReportSummary> chooseStoredReport(ReportListViewModel vm);

    /** The 导出 Word dialog, modal; {@code onClosed} runs when it closes. */
    void export(ExportViewModel vm, Path folder, Runnable onClosed);

    void history(HistoryViewModel vm);

    void exportProfiles(ProfileEditorViewModel vm);

    /** Asks for the rows, columns and title of a new table (at most {@code maxRows} × {@code maxColumns}); empty when cancelled. */
    default java.util.Optional<TableSize> askTable(int maxRows, int maxColumns) {
        return java.util.Optional.empty();
    }

    /** Asks for one line of text (a 表题, a 图题), {@code now} filled in; empty when cancelled. */
    default java.util.Optional<String> askText(String title, String question, String now) {
        return java.util.Optional.empty();
    }
}
