package org.reportdesk.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.reportdesk.i18n.Messages;

/** Loads a screen's FXML with the message bundle and a controller built by the caller. */
public final class Fxml {

    private Fxml() {
    }

    /** Loads {@code name} (e.g. {@code Outline.fxml}) from the controller's package. */
    public static <T extends Parent> T load(Object controller, String name) {
        URL url = controller.getClass().getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing FXML " + name + " beside " + controller.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(url, Messages.bundle());
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stylesheet {@code name} beside the controller's class, as a URL string. */
    public static String css(Class<?> owner, String name) {
        URL url = owner.getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing stylesheet " + name);
        }
        return url.toExternalForm();
    }
}
