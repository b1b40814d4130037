package org.reportdesk.ui;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import org.reportdesk.i18n.Messages;

/** Dialog buttons labelled in the user's language (JavaFX's own follow the JVM locale). */
public final class Buttons {

    private Buttons() {
    }

    public static ButtonType ok() {
        return new ButtonType(Messages.get("ui.button.ok"), ButtonData.OK_DONE);
    }

    public static ButtonType cancel() {
        return new ButtonType(Messages.get("ui.button.cancel"), ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType close() {
        return new ButtonType(Messages.get("ui.button.close"), ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType of(String key, ButtonData data) {
        return new ButtonType(Messages.get(key), data);
    }
}
