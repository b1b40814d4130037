package org.reportdesk.ui.preflight;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/** Runs an action once typing has paused: each {@link #schedule} replaces the pending one. */
public interface Debouncer {

    void schedule(Runnable action);

    /** A quiet time on the FX thread; called from any other thread (tests without a toolkit) it runs at once. */
    static Debouncer fx(double millis) {
        return new Debouncer() {
            private PauseTransition pause;

            @Override
            public void schedule(Runnable action) {
                if (!Platform.isFxApplicationThread()) {
                    action.run();
                    return;
                }
                if (pause == null) {
                    pause = new PauseTransition(Duration.millis(millis));
                }
                pause.stop();
                pause.setOnFinished(e -> action.run());
                pause.playFromStart();
            }
        };
    }

    /** Runs at once (tests). */
    static Debouncer immediate() {
        return Runnable::run;
    }
}
