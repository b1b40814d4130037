package org.reportdesk.ui.main;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import org.reportdesk.services.Settings;

/**
 * Remembers the side panes of the main split (outline left, library right) in pixels, not as
 * fractions: the split is first laid out at the scene's initial width and only then grows to the
 * restored or maximized window, so a fraction stored at one width and applied at another made the
 * outline narrower on every start. Pixels are applied at the first layout; the side panes are not
 * resized with the window, so they keep them. Stored values are the dividers' distances from the
 * left and the right edge.
 */
final class PaneWidths {

    static final String OUTLINE_KEY = "pane.outline.width";
    static final String LIBRARY_KEY = "pane.library.width";
    /** Below these the outline's labels and the library's search and filters are unusable. */
    static final double MIN_OUTLINE = 180;
    static final double MIN_LIBRARY = 230;
    private static final double MIN_EDITOR = 320;
    private static final double DEFAULT_LEFT = 0.24;
    private static final double DEFAULT_RIGHT = 0.78;

    private PaneWidths() {
    }

    /** Sets the minimums now and the stored widths once the split has its first real width. */
    static void restore(SplitPane split, Settings settings) {
        if (split.getItems().size() != 3) {
            return;
        }
        ((Region) split.getItems().get(0)).setMinWidth(MIN_OUTLINE);
        ((Region) split.getItems().get(2)).setMinWidth(MIN_LIBRARY);
        double left = settings.getDouble(OUTLINE_KEY, Double.NaN);
        double right = settings.getDouble(LIBRARY_KEY, Double.NaN);
        if (split.getWidth() > 0) {
            apply(split, left, right);
            return;
        }
        split.widthProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> o, Number was, Number now) {
                if (now.doubleValue() > 0) {
                    split.widthProperty().removeListener(this);
                    apply(split, left, right);
                }
            }
        });
    }

    private static void apply(SplitPane split, double left, double right) {
        double w = split.getWidth();
        double l = Double.isFinite(left) ? left : DEFAULT_LEFT * w;
        double r = Double.isFinite(right) ? right : (1 - DEFAULT_RIGHT) * w;
        double[] lr = clamp(w, l, r);
        split.setDividerPositions(lr[0] / w, 1 - lr[1] / w);
    }

    /** Keeps both side panes at least at their minimum and the editor usable; pure, for the test. */
    static double[] clamp(double width, double left, double right) {
        double l = Math.max(MIN_OUTLINE, left);
        double r = Math.max(MIN_LIBRARY, right);
        double spare = width - MIN_EDITOR - l - r;
        if (spare < 0) {
            double sides = l + r;
            double room = Math.max(MIN_OUTLINE + MIN_LIBRARY, width - MIN_EDITOR);
            l = Math.max(MIN_OUTLINE, l * room / sides);
            r = Math.max(MIN_LIBRARY, r * room / sides);
        }
        return new double[] {l, r};
    }

    /** Stores where the dividers are now, in pixels from each edge. */
    static void remember(SplitPane split, Settings settings) {
        double[] d = split.getDividerPositions();
        double w = split.getWidth();
        if (d.length == 2 && w > 0) {
            settings.putDouble(OUTLINE_KEY, Math.round(d[0] * w * 10) / 10.0);
            settings.putDouble(LIBRARY_KEY, Math.round((1 - d[1]) * w * 10) / 10.0);
        }
    }
}
