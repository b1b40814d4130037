package org.reportdesk.ui.autosave;

import java.time.Duration;
import javafx.animation.PauseTransition;
import javafx.application.Platform;

/** {@link Delay} on the JavaFX animation timer. */
public final class FxDelay implements Delay {

    /** An FX delay when built on the FX thread, else {@link Delay#MANUAL}. */
    public static Delay forCurrentThread() {
        return Platform.isFxApplicationThread() ? new FxDelay() : MANUAL;
    }

    @Override
    public void after(Duration delay, Runnable action) {
        PauseTransition p = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        p.setOnFinished(e -> action.run());
        p.play();
    }
}
