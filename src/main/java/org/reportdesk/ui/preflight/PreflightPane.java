package org.reportdesk.ui.preflight;

import java.util.Optional;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.SplitPane;
import javafx.stage.Window;
import org.reportdesk.i18n.Messages;
import org.reportdesk.ui.Buttons;

/**
 * The preflight's place in the main window: the panel docked under the editor, and the commands
 * the menus call (查找和替换, F3, 目标字数, the warning before export).
 */
public final class PreflightPane {

    private final PreflightViewModel vm;
    private final PreflightView view;
    private final EditorNavigator navigator;
    private final SplitPane split;
    private FindReplaceDialog findDialog;
    private double unfoldedAt = 0.62;

    /** Puts {@code editor} above the panel; {@link #root()} takes the editor's place. */
    public PreflightPane(PreflightViewModel vm, EditorNavigator navigator, Node editor) {
        this.vm = vm;
        this.navigator = navigator;
        this.view = new PreflightView(vm);
        vm.setNavigator(navigator::show);
        view.setAfterFix(navigator::focusEditor);
        split = new SplitPane(editor, view.root());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        SplitPane.setResizableWithParent(view.root(), false);
        view.collapsedProperty().addListener((o, a, folded) -> fold(folded));
    }

    /** Folded, the panel keeps only its header (counts and target) at the bottom of the editor. */
    private void fold(boolean folded) {
        if (folded) {
            unfoldedAt = split.getDividerPositions()[0];
            split.setDividerPositions(1.0);
        } else {
            split.setDividerPositions(unfoldedAt);
        }
    }

    public SplitPane root() {
        return split;
    }

    public PreflightView view() {
        return view;
    }

    public void nextFillIn() {
        vm.nextFillIn(navigator.caret());
    }

    public void previousFillIn() {
        vm.previousFillIn(navigator.caret());
    }

    public void askTarget() {
        view.askTarget();
    }

    /** 查找和替换 (Ctrl+H) or 查找 (Ctrl+F): one window per main window, reused. */
    public void findReplace(boolean focusReplace) {
        if (findDialog == null) {
            FindReplaceViewModel m = new FindReplaceViewModel(vm);
            m.setNavigator(navigator::show);
            findDialog = new FindReplaceDialog(m, split.getScene().getWindow());
        }
        findDialog.show(focusReplace);
    }

    /** Before export: true to go on (no errors, or the user chose 仍然导出). */
    public boolean confirmExport(Window owner) {
        Optional<String> warning = vm.exportWarning();
        if (warning.isEmpty()) {
            return true;
        }
        ButtonType anyway = Buttons.of("check.ui.exportAnyway", ButtonBar.ButtonData.OK_DONE);
        ButtonType back = Buttons.of("check.ui.exportBack", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.WARNING, warning.get(), back, anyway);
        a.initOwner(owner);
        a.setHeaderText(null);
        a.setTitle(Messages.get("check.ui.exportTitle"));
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(back)).setDefaultButton(true);
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(anyway)).setDefaultButton(false);
        return a.showAndWait().filter(b -> b == anyway).isPresent();
    }
}
