package org.reportdesk.ui;

import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.reportdesk.check.Finding;
import org.reportdesk.model.Section;
import org.reportdesk.ui.main.MainWindow;

/** The preflight panel for {@code ScreenshotMain out.png preflight}: a half-width comma typed, its finding chosen. */
final class PreflightScreenshot {

    private PreflightScreenshot() {
    }

    static void prepare(MainWindow w, Section shown) {
        w.view().editorView().area().appendText("建成录播教室xx间,培训骨干教师200名.");
        w.viewModel().preflight().target().set(1500);
        w.viewModel().preflight().groupsProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(
                () -> choose(w, shown)));
        w.viewModel().preflight().checkNow();
    }

    private static void choose(MainWindow w, Section shown) {
        @SuppressWarnings("unchecked")
        TreeView<Object> tree = (TreeView<Object>) w.view().root().lookup("#findings");
        TreeItem<Object> pick = find(tree.getRoot(), shown.id());
        if (pick != null) {
            tree.getRoot().getChildren().get(0).setExpanded(false);
            tree.getSelectionModel().select(pick);
            tree.scrollTo(Math.max(0, tree.getRow(pick) - 3));
            w.viewModel().preflight().show((Finding) pick.getValue());
        }
    }

    private static TreeItem<Object> find(TreeItem<Object> item, String sectionId) {
        if (item.getValue() instanceof Finding f && f.rule().equals("punctuation.halfWidth")
                && sectionId.equals(f.location().sectionId())) {
            return item;
        }
        for (TreeItem<Object> c : item.getChildren()) {
            TreeItem<Object> hit = find(c, sectionId);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }
}
