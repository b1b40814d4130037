package org.reportdesk.ui.library;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A {@link Debounce} on the FX thread: the action runs once the user paused for the given time. */
public final class FxDebounce implements Debounce {

    private final Duration delay;
    private PauseTransition pause;

    public FxDebounce(Duration delay) {
        this.delay = delay;
    }

    @Override
    public void restart(Runnable action) {
        if (pause == null) {
            // made on first use: an animation needs the toolkit, a view model test has none
            pause = new PauseTransition(delay);
        }
        pause.setOnFinished(e -> action.run());
        pause.playFromStart();
    }
}
