package org.reportdesk.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.reportdesk.i18n.Messages;
import org.reportdesk.model.Report;
import org.reportdesk.model.ReportSummary;
import org.reportdesk.ui.export.ExportDialog;
import org.reportdesk.ui.export.ExportViewModel;
import org.reportdesk.ui.history.HistoryDialog;
import org.reportdesk.ui.history.HistoryViewModel;
import org.reportdesk.ui.newreport.NewReportDialog;
import org.reportdesk.ui.newreport.NewReportViewModel;
import org.reportdesk.ui.profiles.ProfileEditorDialog;
import org.reportdesk.ui.profiles.ProfileEditorViewModel;
import org.reportdesk.ui.reportlist.ReportListDialog;
import org.reportdesk.ui.reportlist.ReportListViewModel;

/** The dialog service over JavaFX: alerts, file choosers and the app's dialogs, owned by one window. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showInfo(String message) {
        alert(Alert.AlertType.INFORMATION, message);
    }

    @Override
    public void showError(String message) {
        alert(Alert.AlertType.ERROR, message);
    }

    private void alert(Alert.AlertType type, String message) {
        Alert a = new Alert(type, message, Buttons.ok());
        a.initOwner(owner.get());
        a.setHeaderText(null);
        a.setTitle(Messages.get("app.title"));
        a.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String goText, String backText, boolean safeIsDefault) {
        ButtonType go = new ButtonType(goText, ButtonBar.ButtonData.OK_DONE);
        ButtonType back = new ButtonType(backText, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, back, go);
        a.initOwner(owner.get());
        a.setHeaderText(null);
        a.setTitle(title);
        ((Button) a.getDialogPane().lookupButton(back)).setDefaultButton(safeIsDefault);
        ((Button) a.getDialogPane().lookupButton(go)).setDefaultButton(!safeIsDefault);
        return a.showAndWait().filter(b -> b == go).isPresent();
    }

    @Override
    public int choose(String title, String message, List<String> answers, int safe) {
        List<ButtonType> buttons = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            buttons.add(new ButtonType(answers.get(i), i == safe ? ButtonBar.ButtonData.CANCEL_CLOSE
                    : ButtonBar.ButtonData.OTHER));
        }
        Alert a = new Alert(Alert.AlertType.WARNING, message, buttons.toArray(ButtonType[]::new));
        a.initOwner(owner.get());
        a.setHeaderText(null);
        a.setTitle(title);
        for (int i = 0; i < buttons.size(); i++) {
            ((Button) a.getDialogPane().lookupButton(buttons.get(i))).setDefaultButton(i == safe);
        }
        return a.showAndWait().map(buttons::indexOf).filter(i -> i >= 0).orElse(safe);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileType type, Path folder) {
        File f = chooser(title, type, folder).showOpenDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, FileType type, Path folder, String fileName) {
        FileChooser fc = chooser(title, type, folder);
        fc.setInitialFileName(fileName);
        File f = fc.showSaveDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    private static FileChooser chooser(String title, FileType type, Path folder) {
        FileChooser fc = new FileChooser();
        if (title != null) {
            fc.setTitle(title);
        }
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), type.patterns()));
        if (folder != null && folder.toFile().isDirectory()) {
            fc.setInitialDirectory(folder.toFile());
        }
        return fc;
    }

    @Override
    public Optional<Report> newReport(NewReportViewModel vm) {
        return new NewReportDialog(vm, owner.get()).showAndWait();
    }

    @Override
    public Optional<ReportSummary> chooseStoredReport(ReportListViewModel vm) {
        return new ReportListDialog(vm, owner.get()).showAndWait();
    }

    @Override
    public void export(ExportViewModel vm, Path folder, Runnable onClosed) {
        new ExportDialog(vm, owner.get(), folder).show(onClosed);
    }

    @Override
    public void history(HistoryViewModel vm) {
        new HistoryDialog(vm, owner.get()).showAndWait();
    }

    @Override
    public void exportProfiles(ProfileEditorViewModel vm) {
        ProfileEditorDialog.showAndWait(vm, owner.get());
    }

    @Override
    public Optional<TableSize> askTable(int maxRows, int maxColumns) {
        return org.reportdesk.ui.editor.table.TableSizeDialog.ask(owner.get(), maxRows, maxColumns);
    }

    @Override
    public Optional<String> askText(String title, String question, String now) {
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog(now);
        d.initOwner(owner.get());
        d.setTitle(title);
        d.setHeaderText(null);
        d.setContentText(question);
        return d.showAndWait();
    }
}
