package org.reportdesk.ui.export;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.reportdesk.i18n.Messages;
import org.reportdesk.ui.Buttons;

/** 「…」已存在，要替换它吗？ — asked before an export overwrites a file, as Word and WPS ask. */
final class ReplaceQuestion {

    private ReplaceQuestion() {
    }

    static boolean ask(Window owner, Path path) {
        ButtonType replace = Buttons.of("wordHabits.export.replace", ButtonData.OK_DONE);
        ButtonType keep = Buttons.cancel();
        Alert a = new Alert(Alert.AlertType.CONFIRMATION,
                Messages.get("wordHabits.export.replaceQuestion", path.getFileName().toString(),
                        String.valueOf(path.getParent())), replace, keep);
        a.initOwner(owner);
        a.setTitle(Messages.get("ui.export.title"));
        a.setHeaderText(null);
        a.getDialogPane().setId("replaceQuestion");
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(replace)).setDefaultButton(false);
        return a.showAndWait().orElse(keep) == replace;
    }
}
