package org.reportdesk.ui.preflight;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

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
}
