package org.reportdesk.app;

import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.reportdesk.i18n.Messages;

/**
 * One look for every window the app opens: the main window, dialogs, alerts, popups. It watches
 * {@link Window#getWindows()} and gives each new scene the app's font stylesheet (a font with
 * Chinese glyphs, see {@link UiFonts}), and labels JavaFX's standard dialog buttons (OK, Cancel, Yes …)
 * from the app's own bundle, so no dialog class has to remember either.
 */
public final class WindowLook {

    private static final Map<ButtonType, String> BUTTON_KEYS = Map.of(
            ButtonType.OK, "ui.button.ok", ButtonType.CANCEL, "ui.button.cancel", ButtonType.CLOSE, "ui.button.close",
            ButtonType.YES, "ui.button.yes", ButtonType.NO, "ui.button.no", ButtonType.APPLY, "ui.button.apply",
            ButtonType.FINISH, "ui.button.finish", ButtonType.NEXT, "ui.button.next",
            ButtonType.PREVIOUS, "ui.button.previous");
    private static final String WATCHED = "reportdesk.relabelled";
    private static boolean installed;

    private WindowLook() {
    }

    /** Call once on the FX thread before the first window is shown; later calls do nothing. */
    public static void install() {
        if (installed) {
            return;
        }
        installed = true;
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(WindowLook::watch);
            }
        });
        Window.getWindows().forEach(WindowLook::watch);
    }

    private static void watch(Window w) {
        w.sceneProperty().addListener((obs, old, scene) -> style(scene));
        style(w.getScene());
    }

    static void style(Scene scene) {
        if (scene == null) {
            return;
        }
        if (scene.getProperties().putIfAbsent(WATCHED, true) != null) {
            return;
        }
        String font = UiFonts.stylesheet();
        // A dialog's scene may already have it: dialogs copy their owner's stylesheets.
        if (!scene.getStylesheets().contains(font)) {
            // First in the list: a window's own stylesheet may still set another font on purpose (the editor's 仿宋).
            scene.getStylesheets().add(0, font);
        }
        relabel(scene.getRoot());
        scene.rootProperty().addListener((obs, old, root) -> relabel(root));
    }

    private static void relabel(Node root) {
        if (root instanceof DialogPane pane) {
            relabelAll(pane);
            // The pane makes its button bar at its first layout, and new buttons whenever its types change.
            watchButtonBar(pane);
            pane.getChildrenUnmodifiable().addListener((ListChangeListener<Node>) c -> watchButtonBar(pane));
        }
    }

    private static void watchButtonBar(DialogPane pane) {
        if (pane.lookup(".button-bar") instanceof ButtonBar bar && bar.getProperties().putIfAbsent(WATCHED, true) == null) {
            bar.getButtons().addListener((ListChangeListener<Node>) c -> relabelAll(pane));
            relabelAll(pane);
        }
    }

    private static void relabelAll(DialogPane pane) {
        pane.getButtonTypes().forEach(t -> relabel(pane, t));
    }

    private static void relabel(DialogPane pane, ButtonType type) {
        String key = BUTTON_KEYS.get(type);
        if (key != null && pane.lookupButton(type) instanceof Button b) {
            b.setText(Messages.get(key));
        }
    }
}
